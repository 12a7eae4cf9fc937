// Offers back the copy this browser kept of unsaved changes (closed tab, crash, lost connection).
'use client';
import type { LocalCopy } from './local-copy';

type Props = { copy: LocalCopy; onRestore: () => void; onDiscard: () => void };

export function RestorePrompt({ copy, onRestore, onDiscard }: Props) {
  return (
    <section className="restore-prompt" role="alertdialog" aria-labelledby="restore-title" aria-describedby="restore-text">
      <h2 id="restore-title">Restore unsaved changes?</h2>
      <p id="restore-text">
        This browser kept changes to this article that were not saved ({new Date(copy.savedAt).toLocaleString()}).
      </p>
      <div className="form-actions">
        <button type="button" className="button button-primary" onClick={onRestore}>
          Restore
        </button>
        <button type="button" className="button button-quiet" onClick={onDiscard}>
          Discard them
        </button>
      </div>
    </section>
  );
}
