'use client';
// A set-password link shown once to the admin, with a copy button (the site may have no mail server).
import { useState } from 'react';

export function OneTimeLink({ url, label }: { url: string; label: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="one-time-link">
      <label htmlFor={`link-${url.slice(-8)}`}>{label}</label>
      <input id={`link-${url.slice(-8)}`} type="text" readOnly value={url} onFocus={(e) => e.currentTarget.select()} data-testid="set-password-link" />
      <div className="form-actions">
        <button
          type="button"
          className="button button-small"
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(url);
              setCopied(true);
            } catch {
              setCopied(false);
            }
          }}
        >
          Copy link
        </button>
        <span role="status">{copied ? 'Copied.' : ''}</span>
      </div>
      <p className="field-hint">It works once and expires in 72 hours. It will not be shown again.</p>
    </div>
  );
}
