// The strip across a staff preview saying it is not what readers see (yet).
export function PreviewBanner({ status, changed, editHref }: { status: string; changed: boolean; editHref: string }) {
  const text =
    status === 'published'
      ? changed
        ? 'Preview of unpublished changes: readers still see the published version until “Update”.'
        : 'Preview: this is what readers see.'
      : 'Preview: this article is not public.';
  return (
    <div role="note" style={{ padding: '0.5rem 1rem', background: '#16181d', color: '#fff', fontSize: '0.9rem', display: 'flex', gap: '1rem', flexWrap: 'wrap', justifyContent: 'space-between' }}>
      <span>{text}</span>
      <a href={editHref} style={{ color: '#fff', fontWeight: 600 }}>
        Back to the editor
      </a>
    </div>
  );
}
