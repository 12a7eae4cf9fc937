// The root document: html and body only. The public site and the dashboard bring their own layouts.
import type { Metadata, Viewport } from 'next';
import { getConfig } from '@/lib/config/env';
import './globals.css';

export function generateMetadata(): Metadata {
  return { metadataBase: new URL(getConfig().siteUrl) };
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: '#ffffff',
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
