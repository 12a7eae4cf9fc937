// The article editor. Staff only: the viewer must be allowed to see this article (can article:view);
// what they may change is decided again by every action.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requireStaffPage } from '@/lib/auth/current-user';
import { getArticleForEditing, listStaffOptions, listTagOptions } from '@/lib/articles/editorial';
import { getConfig } from '@/lib/config/env';
import { can } from '@/lib/permissions/can';
import { ArticleEditor } from '@/components/editor/article-editor.client';
import { editorActions } from './editor-actions';
import '@/components/dashboard/editorial.css';

export const metadata: Metadata = { title: 'Edit article' };

type Props = { params: Promise<{ id: string }> };

export default async function EditArticlePage({ params }: Props) {
  const user = await requireStaffPage();
  const { id } = await params;
  const article = await getArticleForEditing(user, id);
  if (!article) notFound();
  const [staff, tags] = await Promise.all([listStaffOptions(user), listTagOptions(user)]);
  // Former staff keep their place in the byline list even though they can no longer be added.
  const everyone = [...staff, ...article.authors.filter((a) => !staff.some((s) => s.id === a.id))];
  return (
    <ArticleEditor
      key={article.id}
      article={article}
      viewer={{ id: user.id, name: user.name }}
      staff={everyone}
      tags={tags}
      siteUrl={getConfig().siteUrl}
      canUpload={can(user, { kind: 'media:upload' })}
      actions={editorActions}
    />
  );
}
