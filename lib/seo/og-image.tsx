// Open Graph images, made on the server from local data only: an article's featured image cropped to
// 1200x630 with sharp, or a generated title card (next/og) with the headline and the site name.
import 'server-only';
import sharp from 'sharp';
import { ImageResponse } from 'next/og';
import type { PublicImage } from '@/lib/core/public-types';
import { mediaKeyOf } from '@/lib/core/routes';
import { getStorage } from '@/lib/media/storage';
import { OG_IMAGE_SIZE } from './urls';

const OG_CACHE_CONTROL = 'public, max-age=3600, stale-while-revalidate=86400';

/**
 * Keeps only characters the bundled font draws. Anything else would make the image renderer download
 * a font or emoji set from the network, which these images must never do.
 */
export function cardText(text: string): string {
  return [...text.normalize('NFC')]
    .map((ch) => (DRAWABLE.test(ch) ? ch : ch.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(NOT_DRAWABLE, '')))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

const DRAWABLE = /^[\u0020-\u007E\u00A0-\u00FF\u2013\u2014\u2018\u2019\u201C\u201D\u2026]$/;
const NOT_DRAWABLE = /[^\u0020-\u007E\u00A0-\u00FF\u2013\u2014\u2018\u2019\u201C\u201D\u2026]/g;

/** The featured image, cropped (attention-weighted) to 1200x630 JPEG; null when the file is missing. */
export async function croppedPhotoResponse(image: PublicImage): Promise<Response | null> {
  const key = mediaKeyOf(image.src);
  const bytes = key ? await getStorage().get(key) : null;
  if (!bytes) return null;
  const jpeg = await sharp(bytes)
    .rotate()
    .resize(OG_IMAGE_SIZE.width, OG_IMAGE_SIZE.height, { fit: 'cover', position: sharp.strategy.attention })
    .jpeg({ quality: 82, mozjpeg: true })
    .toBuffer();
  return new Response(new Uint8Array(jpeg), { headers: { 'content-type': 'image/jpeg', 'cache-control': OG_CACHE_CONTROL } });
}

type Card = { title: string; kicker?: string; siteName: string };

/** A generated 1200x630 PNG: kicker, a large title and the site name. */
export function titleCardResponse({ title, kicker, siteName }: Card): Response {
  const heading = cardText(title) || cardText(siteName) || 'News';
  const site = cardText(siteName) || 'News';
  const label = kicker ? cardText(kicker) : '';
  const size = heading.length > 90 ? 52 : heading.length > 50 ? 64 : 76;
  const response = new ImageResponse(
    (
      <div
        style={{
          width: '100%',
          height: '100%',
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          padding: '64px 72px',
          background: '#f4f4f1',
          color: '#16181d',
          borderTop: '16px solid #b3261e',
        }}
      >
        <div style={{ display: 'flex', fontSize: 30, color: '#b3261e', textTransform: 'uppercase', letterSpacing: 2 }}>{label}</div>
        <div style={{ display: 'flex', fontSize: size, lineHeight: 1.15, fontWeight: 700 }}>{heading}</div>
        <div style={{ display: 'flex', fontSize: 34, color: '#4a4f5a' }}>{site}</div>
      </div>
    ),
    { ...OG_IMAGE_SIZE },
  );
  response.headers.set('cache-control', OG_CACHE_CONTROL);
  return response;
}

/** The publisher logo for structured data when the site has none uploaded: the name on a 600x60 strip. */
export function publisherLogoResponse(siteName: string): Response {
  const name = cardText(siteName) || 'News';
  return new ImageResponse(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', alignItems: 'center', background: '#ffffff', color: '#16181d', fontSize: 40, fontWeight: 700, paddingLeft: 8 }}>
        {name}
      </div>
    ),
    { width: 600, height: 60 },
  );
}
