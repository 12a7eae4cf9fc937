// /corrections: every published correction note, newest first.
import type { Metadata } from 'next';
import { CorrectionsPage, correctionsMetadata } from './corrections-page';

export const revalidate = 3600;

export function generateMetadata(): Promise<Metadata> {
  return correctionsMetadata(1);
}

export default function CorrectionsFirstPage() {
  return <CorrectionsPage page={1} />;
}
