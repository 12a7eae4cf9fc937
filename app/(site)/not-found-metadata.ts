// The metadata of a public page that answers 404: one title, never indexed.
import type { Metadata } from 'next';

export const notFoundMetadata: Metadata = { title: 'Page not found', robots: { index: false } };
