// Turns uploaded bytes into a safe image: decoded to prove it is one, auto-rotated, metadata (EXIF, GPS)
// stripped, and resized into responsive variants.
import 'server-only';
import sharp from 'sharp';

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
export const VARIANT_WIDTHS = [320, 640, 960, 1280, 1920] as const;
const ACCEPTED = { jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp', gif: 'image/gif', avif: 'image/avif' } as const;

export type ProcessedImage = {
  mimeType: string;
  extension: string;
  width: number;
  height: number;
  original: Buffer;
  variants: { width: number; height: number; data: Buffer }[];
};

export class ImageRejected extends Error {}

export async function processImage(input: Buffer): Promise<ProcessedImage> {
  if (input.byteLength > MAX_UPLOAD_BYTES) throw new ImageRejected('The file is larger than 10 MB.');
  let meta: sharp.Metadata;
  try {
    meta = await sharp(input, { failOn: 'error' }).metadata();
  } catch {
    throw new ImageRejected('The file is not an image we can read (JPEG, PNG, WebP, GIF or AVIF).');
  }
  const format = meta.format as keyof typeof ACCEPTED | undefined;
  if (!format || !(format in ACCEPTED) || !meta.width || !meta.height) {
    throw new ImageRejected('The file is not an image we can read (JPEG, PNG, WebP, GIF or AVIF).');
  }
  if (meta.width * meta.height > 50_000_000) throw new ImageRejected('The image is too large (over 50 megapixels).');
  // rotate() applies the EXIF orientation; sharp writes no metadata unless asked, so EXIF/GPS are dropped.
  const base = sharp(input, { failOn: 'error' }).rotate();
  const oriented = await base.clone().toBuffer({ resolveWithObject: true });
  const width = oriented.info.width;
  const height = oriented.info.height;
  const original =
    format === 'jpeg'
      ? await sharp(oriented.data).jpeg({ quality: 88, mozjpeg: true }).toBuffer()
      : format === 'png'
        ? await sharp(oriented.data).png().toBuffer()
        : await sharp(oriented.data).webp({ quality: 88 }).toBuffer();
  const variants = [] as ProcessedImage['variants'];
  for (const w of VARIANT_WIDTHS) {
    if (w >= width) break;
    const out = await sharp(oriented.data).resize({ width: w }).webp({ quality: 80 }).toBuffer({ resolveWithObject: true });
    variants.push({ width: out.info.width, height: out.info.height, data: out.data });
  }
  const keepsFormat = format === 'jpeg' || format === 'png';
  return {
    mimeType: keepsFormat ? ACCEPTED[format] : 'image/webp',
    extension: keepsFormat ? (format === 'jpeg' ? 'jpg' : 'png') : 'webp',
    width,
    height,
    original,
    variants,
  };
}
