// Add, edit or remove a link on the selection. Only http(s), mailto and site paths are accepted, the
// same rule the server and the renderer apply (lib/content/urls.ts).
'use client';
import { useId, useState, type FormEvent } from 'react';
import { TextSelection } from '@tiptap/pm/state';
import type { Editor } from '@tiptap/react';
import { isAllowedHref } from '@/lib/content/urls';

/** "example.com/page" is meant as a web address; a bare "name@example.com" as an email. */
export function normalizeHref(input: string): string {
  const value = input.trim();
  if (/^[^\s/:@]+@[^\s/:@]+\.[^\s/:@]+$/.test(value)) return `mailto:${value}`;
  if (/^(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)+([/?#].*)?$/i.test(value)) return `https://${value}`;
  return value;
}

export function LinkForm({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const current = (editor.getAttributes('link').href as string | undefined) ?? '';
  const [href, setHref] = useState(current);
  const [error, setError] = useState('');
  const id = useId();

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const value = normalizeHref(href);
    if (!isAllowedHref(value)) {
      setError('Use a web address (https://…), an email (mailto:…) or a path on this site (/…).');
      return;
    }
    // Focus first, synchronously: Tiptap's chained focus() waits a frame and then rewrites the browser's
    // selection, which would undo a keystroke made in between (the link text would then be typed over).
    editor.view.focus();
    const { empty } = editor.state.selection;
    const chain = editor.chain();
    if (empty && !editor.isActive('link')) chain.insertContent({ type: 'text', text: value, marks: [{ type: 'link', attrs: { href: value } }] });
    else chain.extendMarkRange('link').setLink({ href: value });
    // Leave the caret after the link, outside it: the next keystroke neither replaces nor extends the linked text.
    chain
      .command(({ tr }) => {
        tr.setSelection(TextSelection.create(tr.doc, tr.selection.to));
        tr.setStoredMarks(tr.selection.$to.marks().filter((mark) => mark.type.name !== 'link'));
        return true;
      })
      .run();
    onClose();
  };

  const remove = () => {
    editor.view.focus();
    editor.chain().extendMarkRange('link').unsetLink().run();
    onClose();
  };

  const close = () => {
    editor.view.focus();
    onClose();
  };

  return (
    <form className="link-form" onSubmit={apply} aria-label="Link">
      <label htmlFor={`${id}-href`}>Link address</label>
      <input
        id={`${id}-href`}
        type="text"
        inputMode="url"
        autoFocus
        value={href}
        placeholder="https://example.com/report"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => {
          setHref(e.target.value);
          setError('');
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            close();
          }
        }}
      />
      <button type="submit" className="button button-primary">
        Apply link
      </button>
      {current ? (
        <button type="button" className="button" onClick={remove}>
          Remove link
        </button>
      ) : null}
      <button type="button" className="button button-quiet" onClick={onClose}>
        Cancel
      </button>
      {error ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
