// /corrections/page/<n>: older correction notes.
import { correctionsPath } from '@/lib/core/routes';
import { laterPagesRoute } from '../../../later-pages-route';
import { CorrectionsPage, correctionsMetadata } from '../../corrections-page';

export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

const route = laterPagesRoute({ firstPath: correctionsPath, metadata: correctionsMetadata, render: (page) => <CorrectionsPage page={page} /> });
export const generateMetadata = route.generateMetadata;
export default route.Page;
