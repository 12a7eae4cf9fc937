// The slug: follows the headline until edited by hand; checked live (pattern and uniqueness, the same
// rules the server applies on save) and shown as the address readers will use.
'use client';
import { useEffect, useId, useState } from 'react';
import { SLUG_MAX, SLUG_PATTERN } from '@/lib/core/slug';
import { publicPathFor } from '@/lib/core/routes';
import type { EditorActions } from './editor-actions';

type Props = {
  value: string;
  following: boolean;
  articleId: string | null;
  error?: string;
  disabled?: boolean;
  siteHost: string;
  /** Pages live at /<slug>, articles at /news/<slug>. */
  kind?: 'article' | 'page';
  checkSlug: EditorActions['checkSlug'];
  onEdit: (slug: string) => void;
  onFollowHeadline: () => void;
};

export function SlugField({ value, following, articleId, error, disabled, siteHost, kind = 'article', checkSlug, onEdit, onFollowHeadline }: Props) {
  const id = useId();
  const [live, setLive] = useState<{ slug: string; error: string } | null>(null);

  useEffect(() => {
    if (!value) return;
    let cancelled = false;
    const timer = setTimeout(async () => {
      if (!SLUG_PATTERN.test(value)) {
        setLive({ slug: value, error: 'Use lower-case letters, digits and single hyphens only (like "council-votes-on-budget").' });
        return;
      }
      try {
        const result = await checkSlug({ slug: value, articleId });
        if (!cancelled) setLive({ slug: value, error: result.ok ? '' : result.error });
      } catch {
        // Offline: the save will check it.
      }
    }, 400);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [value, articleId, checkSlug]);

  const liveError = live && live.slug === value ? live.error : '';
  const message = error || liveError;
  return (
    <div className="field">
      <label htmlFor={id}>Slug</label>
      <input
        id={id}
        name="slug"
        value={value}
        maxLength={SLUG_MAX}
        disabled={disabled}
        spellCheck={false}
        autoCapitalize="off"
        aria-invalid={message ? true : undefined}
        aria-describedby={`${id}-hint${message ? ` ${id}-error` : ''}`}
        onChange={(e) => onEdit(e.target.value)}
      />
      <p id={`${id}-hint`} className="field-hint">
        {siteHost}
        {publicPathFor(kind, value || '…')}
        {following ? ' · follows the headline' : null}
      </p>
      {!following && !disabled ? (
        <button type="button" className="button-link" onClick={onFollowHeadline}>
          Make it from the headline again
        </button>
      ) : null}
      {message ? (
        <p id={`${id}-error`} className="field-error" data-field-error="slug">
          {message}
        </p>
      ) : null}
    </div>
  );
}
