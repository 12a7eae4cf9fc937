// Tells the writer who else has this article open (from the presence heartbeat).
import type { PresentEditor } from '@/lib/articles/presence';

export function PresenceNotice({ others }: { others: PresentEditor[] }) {
  if (!others.length) return null;
  const names = others.map((o) => o.name);
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  return (
    <p className="editor-presence" role="status">
      <span aria-hidden="true" className="editor-presence-dot" />
      {list} {names.length === 1 ? 'also has' : 'also have'} this article open. Saves are checked, so nobody overwrites anybody.
    </p>
  );
}
