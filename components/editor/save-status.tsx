// The visible save status of the shared document: Saving…, Saved, Offline – kept on this device, or why not saved.
import type { SaveStatus } from './use-article-session';

const TEXT: Record<Exclude<SaveStatus['kind'], 'error' | 'invalid' | 'blocked'>, string> = {
  clean: 'Saved',
  connecting: 'Connecting…',
  saving: 'Saving…',
  saved: 'Saved',
  offline: 'Offline – kept on this device',
};

export function SaveStatusText({ status }: { status: SaveStatus }) {
  const text = 'message' in status ? status.message : TEXT[status.kind];
  const problem = ['error', 'invalid', 'blocked', 'offline'].includes(status.kind);
  return (
    <p className={`save-status save-status-${status.kind}${problem ? ' save-status-problem' : ''}`} role="status" aria-live="polite" data-testid="save-status">
      {text}
    </p>
  );
}
