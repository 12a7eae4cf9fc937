// Staff-only preview of an article's (or a page's) working copy, rendered with the public article components inside
// the public frame so it looks exactly as readers will see it. Always dynamic (it reads the session),
// never cached, never indexed.
import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { getCurrentUser } from '@/lib/auth/current-user';
import { getArticlePreview } from '@/lib/articles/preview';
import { getFooterPages, getSiteSettings } from '@/lib/settings/public';
import { getBusyTags } from '@/lib/site/busy-tags';
import { editArticlePath, loginPath, previewPath } from '@/lib/core/routes';
import { ArticleView } from '@/components/site/article-view';
import { PageView } from '@/components/site/page-view';
import { SiteFooter } from '@/components/site/site-footer';
import { SiteHeader } from '@/components/site/site-header';
import { PreviewBanner } from '@/components/dashboard/preview-banner';
import '../../(site)/site.css';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: 'Preview',
  robots: { index: false, follow: false, nocache: true },
};

type Props = { params: Promise<{ id: string }> };

export default async function PreviewPage({ params }: Props) {
  const { id } = await params;
  const user = await getCurrentUser();
  if (!user) redirect(loginPath({ callbackUrl: previewPath(id) }));
  const preview = await getArticlePreview(user, id);
  if (!preview) notFound();
  const [settings, sections, footerPages] = await Promise.all([getSiteSettings(), getBusyTags(5), getFooterPages()]);
  return (
    <div className="site">
      <PreviewBanner status={preview.status} changed={preview.hasUnpublishedChanges} editHref={editArticlePath(id)} />
      <SiteHeader settings={settings} sections={sections} />
      <main id="main-content" tabIndex={-1}>
        {preview.kind === 'page' ? <PageView page={preview.page} /> : <ArticleView article={preview.page} />}
      </main>
      <SiteFooter settings={settings} pages={footerPages} />
    </div>
  );
}
