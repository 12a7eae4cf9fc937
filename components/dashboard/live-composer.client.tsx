'use client';
// The live composer: start or end the coverage, post an entry (optional headline, body with pictures
// from the library, pinned and key-event flags), and edit or delete posted entries. The server decides
// every action again; messages come back beside the form.
import { useId, useRef, useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import type { Editor } from '@tiptap/react';
import type { DocJSON } from '@/lib/content/doc';
import type { EntryResult, StaffLiveEntry, StaffLiveView } from '@/lib/live/staff-types';
import type { WriteFailure, WriteResult } from '@/lib/core/result';
import type { MediaSummary } from '@/lib/media/types';
import { articlePath, editArticlePath } from '@/lib/core/routes';
import { MediaPicker } from '@/components/editor/media-picker.client';
import type { EditorActions } from '@/components/editor/editor-actions';
import { Modal } from './modal.client';
import { LocalTime } from './local-time.client';
import { LiveEntryEditor } from './live-entry-editor.client';

type EntryFields = { headline: string; body: DocJSON; pinned: boolean; keyEvent: boolean };
export type LiveComposerActions = {
  post: (input: { articleId: string } & EntryFields) => Promise<EntryResult>;
  edit: (input: { entryId: string } & EntryFields) => Promise<EntryResult>;
  remove: (input: { entryId: string }) => Promise<EntryResult>;
  setCoverage: (input: { articleId: string; step: 'start' | 'end' | 'reopen' }) => Promise<WriteResult>;
  listMedia: EditorActions['listMedia'];
};

const EMPTY: DocJSON = { type: 'doc', content: [] };

export function LiveComposer({ view, canUpload, actions }: { view: StaffLiveView; canUpload: boolean; actions: LiveComposerActions }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [editing, setEditing] = useState<StaffLiveEntry | null>(null);
  const [formKey, setFormKey] = useState(0);
  const [headline, setHeadline] = useState('');
  const [body, setBody] = useState<DocJSON>(EMPTY);
  const [pinned, setPinned] = useState(false);
  const [keyEvent, setKeyEvent] = useState(false);
  const [editor, setEditor] = useState<Editor | null>(null);
  const [picking, setPicking] = useState(false);
  const [error, setError] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Record<string, string | undefined>>({});
  const [notice, setNotice] = useState('');
  const ids = useId();
  /** Anything typed or ticked since the last submit: a refused entry is put back only into an untouched form. */
  const changed = useRef(false);
  const edited = <T,>(set: (value: T) => void) => (value: T) => {
    changed.current = true;
    set(value);
  };

  const reset = (entry: StaffLiveEntry | null) => {
    setEditing(entry);
    setHeadline(entry?.headline ?? '');
    setBody(entry?.body ?? EMPTY);
    setPinned(entry?.pinned ?? false);
    setKeyEvent(entry?.keyEvent ?? false);
    setError('');
    setFieldErrors({});
    setFormKey((k) => k + 1);
  };

  const run = (work: () => Promise<WriteResult>, done: string, refused?: (result: WriteFailure) => void) =>
    startTransition(async () => {
      setNotice('');
      const result = await work().catch((): WriteResult => ({ ok: false, code: 'invalid', error: 'The server could not be reached: check the connection and try again.' }));
      if (!result.ok) {
        if (refused) return refused(result);
        setError(result.error);
        setFieldErrors(result.fieldErrors ?? {});
        return;
      }
      setError('');
      setFieldErrors({});
      setNotice(done);
      router.refresh();
    });

  // The form clears as soon as an entry is sent, so the next one can be typed while the server answers
  // (clearing on the answer would wipe it); a refused entry comes back, with its messages beside it.
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const fields = { headline, body, pinned, keyEvent };
    const was = editing;
    setNotice('');
    reset(null);
    changed.current = false;
    const refused = (result: WriteFailure) => {
      if (changed.current) {
        setError(`The previous entry was not ${was ? 'saved' : 'posted'}: ${result.error}`);
        return;
      }
      setEditing(was);
      setHeadline(fields.headline);
      setBody(fields.body);
      setPinned(fields.pinned);
      setKeyEvent(fields.keyEvent);
      setFormKey((k) => k + 1);
      setError(result.error);
      setFieldErrors(result.fieldErrors ?? {});
    };
    if (was) run(() => actions.edit({ entryId: was.id, ...fields }), 'Entry updated.', refused);
    else run(() => actions.post({ articleId: view.articleId, ...fields }), 'Entry posted.', refused);
  };

  const insertImage = (m: MediaSummary) => {
    editor?.chain().focus().insertFigure({ mediaId: m.id, src: m.src, alt: m.alt, caption: m.caption, credit: m.credit, width: m.width, height: m.height }).run();
    setPicking(false);
  };

  const coverage = (step: 'start' | 'end' | 'reopen', done: string) => run(() => actions.setCoverage({ articleId: view.articleId, step }), done);

  return (
    <div className="live-composer">
      <p>
        <a href={editArticlePath(view.articleId)}>← Back to the article</a>
        {view.publicSlug ? (
          <>
            {' · '}
            <a href={articlePath(view.publicSlug)} target="_blank" rel="noreferrer">
              View the live page
            </a>
          </>
        ) : null}
      </p>
      <h1>Live coverage: {view.headline}</h1>
      <div className="live-composer-state">
        {!view.live ? (
          <p>This article is not live coverage.</p>
        ) : view.endedAt ? (
          <p>
            <span className="live-badge live-badge-ended">Ended</span> The coverage ended at <LocalTime iso={view.endedAt} />.
          </p>
        ) : (
          <p>
            <span className="live-badge">Live</span> {view.publicSlug ? 'Entries appear on the live page as soon as they are posted.' : 'Entries will appear when the article is published.'}
          </p>
        )}
        {view.canManage ? (
          !view.live ? (
            <button type="button" className="button button-primary" disabled={pending} onClick={() => coverage('start', 'This article is now live coverage.')}>
              Make this a live article
            </button>
          ) : view.endedAt ? (
            <button type="button" className="button" disabled={pending} onClick={() => coverage('reopen', 'The coverage is open again.')}>
              Reopen the coverage
            </button>
          ) : (
            <button type="button" className="button" disabled={pending} onClick={() => coverage('end', 'The coverage has ended.')}>
              End the coverage
            </button>
          )
        ) : null}
      </div>

      <p role="status" className="live-composer-notice">
        {notice}
      </p>
      {error ? (
        <p role="alert" className="form-error">
          {error}
        </p>
      ) : null}

      {view.canPost || editing ? (
        <form className="live-entry-form" onSubmit={submit} aria-label={editing ? 'Edit entry' : 'New entry'}>
          <h2>{editing ? 'Edit entry' : 'New entry'}</h2>
          <div className="field">
            <label htmlFor={`${ids}-headline`}>Headline (optional)</label>
            <input
              id={`${ids}-headline`}
              value={headline}
              maxLength={200}
              onChange={(e) => edited(setHeadline)(e.target.value)}
              aria-invalid={fieldErrors.headline ? true : undefined}
              aria-describedby={fieldErrors.headline ? `${ids}-headline-error` : undefined}
            />
            {fieldErrors.headline ? (
              <p className="field-error" id={`${ids}-headline-error`}>
                {fieldErrors.headline}
              </p>
            ) : null}
          </div>
          <div className="field">
            <span className="field-label" id={`${ids}-body-label`}>
              Entry
            </span>
            <LiveEntryEditor key={formKey} initialContent={body} invalid={Boolean(fieldErrors.body)} describedBy={fieldErrors.body ? `${ids}-body-error` : undefined} onChange={edited(setBody)} onReady={setEditor} />
            {fieldErrors.body ? (
              <p className="field-error" id={`${ids}-body-error`}>
                {fieldErrors.body}
              </p>
            ) : null}
            <button type="button" className="button button-quiet" onClick={() => setPicking(true)} disabled={!editor}>
              Add an image
            </button>
          </div>
          <div className="field field-checkboxes">
            <label>
              <input type="checkbox" checked={pinned} onChange={(e) => edited(setPinned)(e.target.checked)} /> Pinned (shown first)
            </label>
            <label>
              <input type="checkbox" checked={keyEvent} onChange={(e) => edited(setKeyEvent)(e.target.checked)} /> Key event
            </label>
          </div>
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={pending}>
              {editing ? 'Save entry' : 'Post entry'}
            </button>
            {editing ? (
              <button type="button" className="button button-quiet" onClick={() => reset(null)}>
                Cancel
              </button>
            ) : null}
          </div>
        </form>
      ) : view.live ? (
        <p>Your role does not allow posting to this live article.</p>
      ) : null}

      <Modal open={picking} title="Add an image from the library" onClose={() => setPicking(false)} wide>
        {picking ? <MediaPicker listMedia={actions.listMedia} canUpload={canUpload} onChoose={insertImage} /> : null}
      </Modal>

      {view.entries.length > 0 ? (
        <section aria-labelledby={`${ids}-entries`}>
          <h2 id={`${ids}-entries`}>Posted entries</h2>
          <ol className="live-composer-entries">
            {view.entries.map((entry) => (
              <li key={entry.id} data-entry-id={entry.id}>
                <p>
                  <LocalTime iso={entry.postedAt} />
                  {entry.pinned ? <span className="live-flag"> Pinned</span> : null}
                  {entry.keyEvent ? <span className="live-flag"> Key event</span> : null}
                  {entry.editedAt ? <span> · edited</span> : null}
                </p>
                <p className="live-composer-entry-text">{entry.headline || plainText(entry.body).slice(0, 200)}</p>
                <div className="form-actions">
                  {entry.canEdit ? (
                    <button type="button" className="button" onClick={() => reset(entry)} aria-label={`Edit entry ${entry.headline || plainText(entry.body).slice(0, 40)}`}>
                      Edit
                    </button>
                  ) : null}
                  {entry.canDelete ? (
                    <button
                      type="button"
                      className="button button-danger"
                      disabled={pending}
                      aria-label={`Delete entry ${entry.headline || plainText(entry.body).slice(0, 40)}`}
                      onClick={() => {
                        if (window.confirm('Delete this entry? Readers will no longer see it.')) run(() => actions.remove({ entryId: entry.id }), 'Entry deleted.');
                      }}
                    >
                      Delete
                    </button>
                  ) : null}
                </div>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </div>
  );
}

/** The text of a stored entry, for the list (the editor shows the full entry). */
function plainText(doc: DocJSON): string {
  const parts: string[] = [];
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    const n = node as { text?: unknown; content?: unknown };
    if (typeof n.text === 'string') parts.push(n.text);
    if (Array.isArray(n.content)) for (const child of n.content) walk(child);
    if (parts.length > 50) return;
  };
  walk(doc);
  return parts.join(' ');
}
