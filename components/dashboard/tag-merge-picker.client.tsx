// The merge form's target: a search field asking the server for matching tags (at most 20), listed as
// choices. A newsroom may hold thousands of tags; no page carries them all.
'use client';
import { useRef, useState } from 'react';
import type { TagOption } from '@/lib/articles/editorial-types';

export type MergeSearch = (fromId: string, query: string) => Promise<TagOption[]>;

type Props = { fromId: string; fromName: string; search: MergeSearch; error?: string };

/** Waits this long after the last key before asking, so typing a word is one request, not one per letter. */
const DEBOUNCE_MS = 200;

export function TagMergePicker({ fromId, fromName, search, error }: Props) {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<TagOption[] | null>(null);
  const [chosen, setChosen] = useState('');
  const latest = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const ask = (text: string) => {
    clearTimeout(timer.current);
    const asked = ++latest.current;
    timer.current = setTimeout(async () => {
      const found = await search(fromId, text).catch(() => null);
      // A slower answer to an older text must not replace the newer one.
      if (asked === latest.current) setResults(found ?? []);
    }, DEBOUNCE_MS);
  };
  const id = `merge-${fromId}`;
  return (
    <div className="field">
      <label htmlFor={id}>Find the tag to merge into</label>
      <input
        id={id}
        type="search"
        maxLength={60}
        autoComplete="off"
        value={query}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        aria-invalid={error ? true : undefined}
        onFocus={() => {
          if (results === null) ask(query);
        }}
        onChange={(event) => {
          setQuery(event.target.value);
          ask(event.target.value);
        }}
      />
      <p className="field-hint" id={`${id}-hint`}>
        Type part of its name. Its articles move to the chosen tag, its address redirects there, and “{fromName}” is removed.
      </p>
      {results === null ? null : results.length ? (
        <fieldset className="tag-merge-choices">
          <legend>Merge into</legend>
          {results.map((t) => (
            <label key={t.id} className="tag-merge-choice">
              <input type="radio" name="intoId" value={t.id} required checked={chosen === t.id} onChange={() => setChosen(t.id)} /> {t.name}
            </label>
          ))}
        </fieldset>
      ) : (
        <p role="status">{query.trim() ? `No other tag matches “${query.trim()}”.` : 'There is no other tag to merge into.'}</p>
      )}
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
