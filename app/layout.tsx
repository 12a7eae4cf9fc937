// The root document: html and body only, in the newsroom's language (the settings read is cached and
// tagged, so pages stay static). The public site and the dashboard bring their own layouts.
import type { Metadata, Viewport } from 'next';
import { getConfig } from '@/lib/config/env';
import { getSiteClock } from '@/lib/settings/public';
import './globals.css';

export function generateMetadata(): Metadata {
  return { metadataBase: new URL(getConfig().siteUrl) };
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: '#ffffff',
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang={(await getSiteClock()).locale}>
      <body>{children}</body>
    </html>
  );
}
