// WordPress attachments into the media library through the same pipeline as uploads (decoded, EXIF
// stripped, responsive sizes), read from a copy of wp-content/uploads or fetched from the old site.
import 'server-only';
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { media } from '@/db/schema';
import { ImageRejected, MAX_UPLOAD_BYTES, processImage } from '@/lib/media/process-image';
import { storeImage } from '@/lib/media/store-image';
import { saveMapping } from './mapping';
import { report, type MediaRef, type RunState } from './state';
import type { WxrItem } from './wxr-reader';

const meta = (item: WxrItem, key: string) => item.meta.find((m) => m.key === key)?.value ?? '';

/** Every file name of an attachment (original and each intermediate size) from its PHP-serialized metadata. */
export function attachmentFiles(item: WxrItem): string[] {
  const attached = meta(item, '_wp_attached_file').trim();
  if (!attached) return [];
  const dir = path.posix.dirname(attached);
  const files = new Set([attached]);
  // PHP's serialize() format (s:<len>:"<value>"), not HTML: the size entries' "file" values.
  for (const m of meta(item, '_wp_attachment_metadata').matchAll(/s:4:"file";s:\d+:"([^"]+)"/g)) {
    const name = m[1]!;
    files.add(name.includes('/') ? name : dir === '.' ? name : `${dir}/${name}`);
  }
  return [...files];
}

async function readSource(state: RunState, item: WxrItem, attached: string): Promise<Buffer | string> {
  if (state.uploadsDir) {
    const file = path.resolve(state.uploadsDir, attached);
    if (!file.startsWith(path.resolve(state.uploadsDir) + path.sep)) return `its path "${attached}" leaves the uploads folder`;
    try {
      const stat = await fs.stat(file);
      if (stat.size > MAX_UPLOAD_BYTES) return 'the file is larger than 10 MB';
      return await fs.readFile(file);
    } catch {
      return `${attached} is not in the uploads folder`;
    }
  }
  if (!item.attachmentUrl) return 'no file URL in the export and no --uploads folder';
  try {
    const res = await fetch(item.attachmentUrl, { signal: AbortSignal.timeout(15_000) });
    if (!res.ok) return `${item.attachmentUrl} answered ${res.status}`;
    return Buffer.from(await res.arrayBuffer());
  } catch {
    return `${item.attachmentUrl} could not be fetched (give --uploads <copy of wp-content/uploads>)`;
  }
}

const clip = (state: RunState, label: string, field: string, value: string, max: number) => {
  const text = value.replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  report(state, label, `${field} cut to ${max} characters`);
  return text.slice(0, max);
};

export async function importAttachment(state: RunState, item: WxrItem): Promise<void> {
  const label = `attachment ${item.postId} (${item.postName || item.title})`;
  const files = attachmentFiles(item);
  const attached = files[0] ?? (item.attachmentUrl ? new URL(item.attachmentUrl, state.site).pathname.replace(/^.*\/uploads\//, '') : '');
  for (const f of files) state.uploadPaths.set(f, item.postId);
  if (attached) state.uploadPaths.set(attached, item.postId);
  const alt = clip(state, label, 'alt text', meta(item, '_wp_attachment_image_alt'), 300);
  const caption = clip(state, label, 'caption', item.excerpt, 500);
  const { db } = state;

  // Re-run: the attachment was imported before (state.media is preloaded from the mapping); refresh its texts.
  const existing = state.media.get(item.postId);
  if (existing) {
    if (!state.dryRun) await db.update(media).set({ alt, caption }).where(eq(media.id, existing.id));
    state.media.set(item.postId, { ...existing, alt, caption });
    state.counts.updated++;
    return;
  }
  if (!item.type.startsWith('attachment')) return;
  const source = await readSource(state, item, attached);
  if (typeof source === 'string') {
    report(state, label, `not imported: ${source}`);
    state.counts.failed++;
    return;
  }
  try {
    if (state.dryRun) {
      const image = await processImage(source);
      state.media.set(item.postId, { id: crypto.randomUUID(), storageKey: `dry-run/${item.postId}`, alt, caption, credit: '', width: image.width, height: image.height });
    } else {
      const row = await storeImage({ bytes: source, originalName: path.posix.basename(attached), alt, caption, uploadedById: state.actorId });
      await saveMapping(db, state.site, 'attachment', item.postId, row.id);
      state.media.set(item.postId, toRef(row));
    }
    state.counts.imported++;
  } catch (error) {
    if (!(error instanceof ImageRejected)) throw error;
    report(state, label, `not imported: ${error.message}`);
    state.counts.failed++;
  }
}

export function toRef(row: { id: string; storageKey: string; alt: string; caption: string; credit: string; width: number; height: number }): MediaRef {
  return { id: row.id, storageKey: row.storageKey, alt: row.alt, caption: row.caption, credit: row.credit, width: row.width, height: row.height };
}
