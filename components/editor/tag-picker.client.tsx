// Tags of the article: choose from the existing ones, or create a new tag inline. Adding and removing
// are single changes applied to the list as it is when they land (not as this screen last drew it), so
// tags confirmed quickly one after another, or by two people at once, are all kept.
'use client';
import { useId, useState } from 'react';
import type { Result, TagOption } from '@/lib/articles/editorial-types';

type Props = {
  selectedIds: string[];
  catalog: TagOption[];
  error?: string;
  disabled?: boolean;
  max: number;
  onAdd: (id: string) => void;
  onRemove: (id: string) => void;
  onCreate: (name: string) => Promise<Result<{ tag: TagOption }>>;
};

export function TagPicker({ selectedIds, catalog, error, disabled, max, onAdd, onRemove, onCreate }: Props) {
  const id = useId();
  const [text, setText] = useState('');
  const [createError, setCreateError] = useState('');
  /** Tags being created (names), while their requests run; typing the next one goes on meanwhile. */
  const [creating, setCreating] = useState<string[]>([]);
  const selected = selectedIds.map((tid) => catalog.find((t) => t.id === tid)).filter((t): t is TagOption => Boolean(t));
  const q = text.trim().toLowerCase();
  const matches = q ? catalog.filter((t) => !selectedIds.includes(t.id) && t.name.toLowerCase().includes(q)).slice(0, 6) : [];
  const exact = catalog.find((t) => t.name.toLowerCase() === q);
  const full = selectedIds.length >= max;

  const add = (tag: TagOption) => {
    onAdd(tag.id);
    setText('');
    setCreateError('');
  };
  const create = async () => {
    const name = text.trim();
    if (!name) return;
    // The field is free for the next tag at once; this one is added when the server has created it.
    setText('');
    setCreateError('');
    setCreating((list) => [...list, name]);
    try {
      const result = await onCreate(name);
      if (result.ok) onAdd(result.tag.id);
      else {
        setCreateError(result.error);
        setText((current) => current || name);
      }
    } catch {
      setCreateError(`Could not reach the server to create the tag “${name}”.`);
      setText((current) => current || name);
    } finally {
      setCreating((list) => list.filter((n) => n !== name));
    }
  };

  return (
    <fieldset className="field tag-picker" disabled={disabled}>
      <legend>Tags</legend>
      {selected.length ? (
        <ul className="chips" aria-label="Chosen tags">
          {selected.map((t) => (
            <li key={t.id} className="chip">
              {t.name}
              <button type="button" aria-label={`Remove tag ${t.name}`} onClick={() => onRemove(t.id)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="field-hint">No tags yet.</p>
      )}
      {creating.length ? (
        <p className="field-hint" role="status">
          Creating {creating.map((name) => `“${name}”`).join(', ')}…
        </p>
      ) : null}
      <label htmlFor={id}>Add a tag</label>
      <input
        id={id}
        value={text}
        disabled={full}
        placeholder={full ? `At most ${max} tags` : 'Type to find or create'}
        autoComplete="off"
        aria-describedby={error || createError ? `${id}-error` : undefined}
        onChange={(e) => {
          setText(e.target.value);
          setCreateError('');
        }}
        onKeyDown={(e) => {
          if (e.key !== 'Enter') return;
          e.preventDefault();
          if (exact && !selectedIds.includes(exact.id)) add(exact);
          else if (matches.length === 1) add(matches[0]!);
          else if (!exact) void create();
        }}
      />
      {q ? (
        <ul className="suggestions" aria-label="Matching tags">
          {matches.map((t) => (
            <li key={t.id}>
              <button type="button" className="suggestion" onClick={() => add(t)}>
                Add “{t.name}”
              </button>
            </li>
          ))}
          {!exact ? (
            <li>
              <button type="button" className="suggestion suggestion-create" onClick={() => void create()}>
                {`Create tag “${text.trim()}”`}
              </button>
            </li>
          ) : null}
        </ul>
      ) : null}
      {error || createError ? (
        <p id={`${id}-error`} className="field-error" data-field-error="tagIds">
          {createError || error}
        </p>
      ) : null}
    </fieldset>
  );
}
