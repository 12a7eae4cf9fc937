// An old address of the new-article editor: articles are now created when "New article" is pressed,
// so this page only offers that button (a visit or a prefetch must not create drafts).
import type { Metadata } from 'next';
import { requireStaffPage } from '@/lib/auth/current-user';
import { CreateDraftButton } from '@/components/dashboard/create-draft-button.client';
import { createArticleAction } from './actions';
import '@/components/dashboard/editorial.css';

export const metadata: Metadata = { title: 'New article' };

export default async function NewArticlePage() {
  await requireStaffPage();
  return (
    <div className="dash-page-header">
      <div>
        <h1>New article</h1>
        <p className="dash-lede">The draft is created as soon as you start, and saved as you type.</p>
      </div>
      <CreateDraftButton create={createArticleAction} label="New article" />
    </div>
  );
}
