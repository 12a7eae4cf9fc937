// The visible autosave status: Saving…, Saved, Offline – kept on this device, or why not saved.
import type { SaveStatus } from './use-article-session';

const TEXT: Record<Exclude<SaveStatus['kind'], 'error' | 'invalid' | 'blocked'>, string> = {
  new: 'Not saved yet',
  clean: 'Saved',
  dirty: 'Unsaved changes',
  saving: 'Saving…',
  saved: 'Saved',
  offline: 'Offline – kept on this device',
  conflict: 'Not saved: newer version on the server',
};

export function SaveStatusText({ status }: { status: SaveStatus }) {
  const text = 'message' in status ? status.message : TEXT[status.kind];
  const problem = ['error', 'invalid', 'blocked', 'conflict', 'offline'].includes(status.kind);
  return (
    <p className={`save-status save-status-${status.kind}${problem ? ' save-status-problem' : ''}`} role="status" aria-live="polite" data-testid="save-status">
      {text}
    </p>
  );
}
