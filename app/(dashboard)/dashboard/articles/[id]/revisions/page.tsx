// An article's revision history: every save with its author and time; any revision can be read and
// restored (a restore becomes the newest version, so nothing in between is lost).
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireStaffPage } from '@/lib/auth/current-user';
import { getArticleForEditing } from '@/lib/articles/editorial';
import { getRevision, listRevisions } from '@/lib/articles/revisions';
import { renderArticleBody } from '@/lib/content/render';
import { editArticlePath } from '@/lib/core/routes';
import { LocalTime } from '@/components/dashboard/local-time.client';
import { RestoreRevisionForm } from '@/components/dashboard/restore-revision-form.client';
import { REVISION_KIND_LABEL } from '@/components/dashboard/revision-kind';
import { restoreRevisionAction } from './actions';
import '@/components/dashboard/editorial.css';

export const metadata: Metadata = { title: 'Revisions' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ rev?: string }> };

export default async function RevisionsPage({ params, searchParams }: Props) {
  const user = await requireStaffPage();
  const { id } = await params;
  const { rev } = await searchParams;
  const [article, revisions] = await Promise.all([getArticleForEditing(user, id), listRevisions(user, id)]);
  if (!article || !revisions) notFound();
  const selectedId = typeof rev === 'string' && revisions.some((r) => r.id === rev) ? rev : revisions[0]?.id;
  const selected = selectedId ? await getRevision(user, id, selectedId) : null;
  const isCurrent = selected ? JSON.stringify(selected.snapshot) === JSON.stringify({ ...selected.snapshot, ...article.fields }) : false;

  return (
    <>
      <div className="dash-page-header">
        <div>
          <h1>Revisions</h1>
          <p className="dash-lede">
            of “{article.fields.headline || 'Untitled draft'}” · <Link href={editArticlePath(id)}>Back to the editor</Link>
          </p>
        </div>
      </div>
      <div className="revisions-layout">
        <nav aria-label="Revisions">
          <ul className="revision-list">
            {revisions.map((r) => (
              <li key={r.id}>
                <Link href={`${editArticlePath(id)}/revisions?rev=${r.id}`} aria-current={r.id === selectedId ? 'true' : undefined}>
                  <strong>
                    {REVISION_KIND_LABEL[r.kind]} · v{r.version}
                  </strong>
                  <small>
                    {r.author?.name ?? (r.kind === 'publish' ? 'Scheduler' : 'Former staff')} · <LocalTime iso={r.updatedAt} />
                  </small>
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        {selected ? (
          <article className="revision-view" aria-label={`Revision ${selected.version}`}>
            <p className="field-hint">
              {REVISION_KIND_LABEL[selected.kind]} by {selected.author?.name ?? (selected.kind === 'publish' ? 'the scheduler' : 'former staff')},{' '}
              <LocalTime iso={selected.createdAt} style="long" />
              {selected.updatedAt !== selected.createdAt ? (
                <>
                  {' '}
                  to <LocalTime iso={selected.updatedAt} />
                </>
              ) : null}
            </p>
            {article.abilities.edit && article.status !== 'trash' ? (
              isCurrent ? (
                <p className="field-hint">This is the current text.</p>
              ) : (
                <RestoreRevisionForm articleId={id} revisionId={selected.id} seenVersion={article.version} action={restoreRevisionAction} />
              )
            ) : null}
            <h2>{selected.snapshot.headline || 'Untitled draft'}</h2>
            {selected.snapshot.dek ? <p className="dash-lede">{selected.snapshot.dek}</p> : null}
            <p className="field-hint">
              {selected.authors.map((a) => a.name).join(', ')}
              {selected.tags.length ? ` · ${selected.tags.map((t) => t.name).join(', ')}` : ''} · /{selected.snapshot.slug}
            </p>
            <div className="revision-body article-body">{renderArticleBody(selected.snapshot.body)}</div>
          </article>
        ) : (
          <p className="empty-state">No revisions yet.</p>
        )}
      </div>
    </>
  );
}
