// What a live entry may contain: the article document model (same schema, same link and image rules)
// with limits for a short update, checked before anything is stored. Messages name the problem plainly.
import { z } from 'zod';
import type { DocJSON } from '@/db/schema';
import { checkArticleDoc } from '@/lib/content/schema';
import { docToPlainText } from '@/lib/content/text';
import { figureMediaIds } from '@/lib/content/doc';
import { staffText } from '@/lib/core/text-rule';

/** Characters of text in one entry: a few paragraphs. Longer updates belong in their own article. */
export const MAX_ENTRY_CHARS = 5000;
export const MAX_ENTRY_HEADLINE = 200;
/** Serialized size of the document, so markup cannot smuggle a huge entry under the text limit. */
const MAX_ENTRY_JSON_BYTES = 100_000;

export const EMPTY_ENTRY_MESSAGE = 'The entry is empty: write some text or add a picture before posting.';
export const tooLongMessage = (chars: number) =>
  `The entry is too long (${chars.toLocaleString('en')} characters; the limit is ${MAX_ENTRY_CHARS.toLocaleString('en')}). Split it into two entries or write an article.`;

export const entryInputSchema = z.object({
  headline: staffText({ error: 'The entry headline must be text.' })
    .trim()
    .max(MAX_ENTRY_HEADLINE, { error: `The entry headline is limited to ${MAX_ENTRY_HEADLINE} characters.` })
    .default(''),
  body: z.unknown(),
  pinned: z.boolean().default(false),
  keyEvent: z.boolean().default(false),
});
export type EntryInput = z.input<typeof entryInputSchema>;

export type CheckedEntry = { headline: string; body: DocJSON; bodyText: string; pinned: boolean; keyEvent: boolean };

/** Parses an entry; returns its fields or one message per field (`body`, `headline`). */
export function checkEntryInput(input: unknown): { ok: true; entry: CheckedEntry } | { ok: false; fieldErrors: Record<string, string> } {
  const parsed = entryInputSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0] ?? 'form')] ??= issue.message;
    return { ok: false, fieldErrors };
  }
  const { headline, body, pinned, keyEvent } = parsed.data;
  let size = 0;
  try {
    size = JSON.stringify(body ?? null).length;
  } catch {
    return { ok: false, fieldErrors: { body: 'The entry is not a document.' } };
  }
  if (size > MAX_ENTRY_JSON_BYTES) return { ok: false, fieldErrors: { body: tooLongMessage(Math.max(size, MAX_ENTRY_CHARS + 1)) } };
  // The editor's blank document ({ type: 'doc', content: [] }) is not a valid doc to the schema; say "empty".
  const content = (body as { type?: unknown; content?: unknown } | null)?.content;
  if ((body as { type?: unknown } | null)?.type === 'doc' && (content === undefined || (Array.isArray(content) && content.length === 0))) {
    return { ok: false, fieldErrors: { body: EMPTY_ENTRY_MESSAGE } };
  }
  const check = checkArticleDoc(body);
  if (!check.ok) return { ok: false, fieldErrors: { body: check.error } };
  const doc = body as DocJSON;
  const bodyText = docToPlainText(doc).trim();
  if (bodyText.length === 0 && figureMediaIds(doc).length === 0) return { ok: false, fieldErrors: { body: EMPTY_ENTRY_MESSAGE } };
  if (bodyText.length > MAX_ENTRY_CHARS) return { ok: false, fieldErrors: { body: tooLongMessage(bodyText.length) } };
  return { ok: true, entry: { headline, body: doc, bodyText, pinned, keyEvent } };
}
