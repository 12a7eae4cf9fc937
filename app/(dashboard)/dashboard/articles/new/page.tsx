// A new article (any staff role may write one): the editor opens empty and the article is created on
// its first save, so opening this page and leaving creates nothing.
import type { Metadata } from 'next';
import { requireStaffPage } from '@/lib/auth/current-user';
import { abilitiesFor, listStaffOptions, listTagOptions } from '@/lib/articles/editorial';
import { getConfig } from '@/lib/config/env';
import { can } from '@/lib/permissions/can';
import { ArticleEditor } from '@/components/editor/article-editor.client';
import { editorActions } from '../[id]/editor-actions';
import '@/components/dashboard/editorial.css';

export const metadata: Metadata = { title: 'New article' };

export default async function NewArticlePage() {
  const user = await requireStaffPage();
  const [staff, tags] = await Promise.all([listStaffOptions(user), listTagOptions(user)]);
  return (
    <ArticleEditor
      article={null}
      newArticleAbilities={abilitiesFor(user, { createdById: user.id, authorIds: [user.id], status: 'draft' })}
      viewer={{ id: user.id, name: user.name }}
      staff={staff}
      tags={tags}
      siteUrl={getConfig().siteUrl}
      canUpload={can(user, { kind: 'media:upload' })}
      actions={editorActions}
    />
  );
}
