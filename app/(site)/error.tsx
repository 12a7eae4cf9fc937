'use client';
// The public error page: an apology, a retry and a way home. Must be a client component (Next's rule);
// kept tiny and free of data fetching.
/* eslint-disable @next/next/no-html-link-for-pages -- a full page load home is the most reliable recovery from an error. */

export default function SiteError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="not-found">
      <h1>Something went wrong</h1>
      <p>We couldn’t show this page just now. Please try again in a moment.</p>
      <p className="error-actions">
        <button type="button" onClick={() => reset()}>
          Try again
        </button>{' '}
        <a href="/">Go to the front page</a>
      </p>
    </div>
  );
}
