// Shown when a save was refused because someone saved a newer version: both versions are kept, the
// writer can compare them and decide (their version also stays in the revision history either way).
'use client';
import { useState } from 'react';
import type { EditableArticle } from '@/lib/articles/editorial-types';
import type { ArticleFieldsInput } from '@/lib/articles/fields';
import { docToPlainText } from '@/lib/content/text';

type Props = {
  latest: EditableArticle;
  mine: ArticleFieldsInput;
  busy: boolean;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
};

export function ConflictNotice({ latest, mine, busy, onKeepMine, onTakeTheirs }: Props) {
  const [comparing, setComparing] = useState(false);
  const who = latest.updatedBy?.name ?? 'Someone';
  return (
    <section className="conflict-notice" role="alert" aria-labelledby="conflict-title">
      <h2 id="conflict-title">This article changed while you were editing</h2>
      <p>
        {who} saved a newer version ({new Date(latest.updatedAt).toLocaleTimeString()}). Your changes were not saved over it and are still
        here, also kept on this device. Compare the two, then keep yours or take theirs.
      </p>
      <div className="form-actions">
        <button type="button" className="button" aria-expanded={comparing} onClick={() => setComparing(!comparing)}>
          {comparing ? 'Hide their version' : 'See their version'}
        </button>
        <button type="button" className="button button-primary" disabled={busy} onClick={onKeepMine}>
          Keep mine (save over theirs)
        </button>
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => {
            if (window.confirm('Replace your text with their version? Your version will be discarded.')) onTakeTheirs();
          }}
        >
          Use their version
        </button>
      </div>
      {comparing ? (
        <div className="conflict-compare">
          <Version title="Their version" headline={latest.fields.headline} dek={latest.fields.dek} body={docToPlainText(latest.fields.body)} />
          <Version title="Your version" headline={mine.headline} dek={mine.dek} body={docToPlainText(mine.body as EditableArticle['fields']['body'])} />
        </div>
      ) : null}
    </section>
  );
}

function Version({ title, headline, dek, body }: { title: string; headline: string; dek: string; body: string }) {
  return (
    <article className="conflict-version" aria-label={title}>
      <h3>{title}</h3>
      <p className="conflict-headline">{headline || '(no headline)'}</p>
      {dek ? <p className="conflict-dek">{dek}</p> : null}
      <div className="conflict-body">
        {body.split('\n').map((line, i) => (
          <p key={i}>{line}</p>
        ))}
      </div>
    </article>
  );
}
