// Refuses, before Hocuspocus applies it, an update from a browser that would put into the shared document
// what the store refuses: a body the document schema check refuses (a figure whose src is not a library
// file, a javascript: link, a structure nested thousands deep), or a field value of the wrong kind (a
// featured-image summary with an off-site thumbnail). The store would refuse it too, but by then the
// update would have reached every other editor of the article, whose browsers render it.
// Cost: typing (text inserted or deleted) is one decode; a field set is checked on its value alone; only
// an update that adds elements, sets an element attribute or a mark is applied to a copy and checked whole.
import 'server-only';
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { articleFieldsSchema, type FieldErrors } from '@/lib/articles/fields';
import { checkArticleDoc } from '@/lib/content/schema';
import { isMediaSrc } from '@/lib/content/urls';
import { FEATURED_IMAGE_KEY, FIELDS_MAP, MAP_FIELD_NAMES, bodyFromDoc, bodyStructureProblem, fieldsMap, type MapFieldName } from './doc-model';

// Hocuspocus's framing: document name, message type (Sync, or SyncReply), then y-protocols' sync message.
const MESSAGE_SYNC = 0;
const MESSAGE_SYNC_REPLY = 4;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

/** The Yjs update a client's message carries (a sync step 2 or an update), or null. */
export function updateOfMessage(data: Uint8Array): Uint8Array | null {
  try {
    const decoder = decoding.createDecoder(data);
    decoding.readVarString(decoder);
    const type = decoding.readVarUint(decoder);
    if (type !== MESSAGE_SYNC && type !== MESSAGE_SYNC_REPLY) return null;
    const step = decoding.readVarUint(decoder);
    return step === SYNC_STEP_2 || step === SYNC_UPDATE ? decoding.readVarUint8Array(decoder) : null;
  } catch {
    return null; // Not an update: Hocuspocus deals with it.
  }
}

export type Refusal = { error: string; fieldErrors: FieldErrors };

const FEATURED_IMAGE_MESSAGE = 'The featured image must come from the media library: choose it again.';
// Rules an editor breaks while typing (too long, an unfinished slug, no byline yet): the field holds
// them, and the store says what to fix. A value of the wrong kind no editor ever writes is refused here.
const TYPED_STATE_CODES = new Set(['too_big', 'too_small', 'custom']);

/** Why the value of a key of the fields map may not enter the document, or null. */
export function fieldValueProblem(key: string, value: unknown): Refusal | null {
  if (key === FEATURED_IMAGE_KEY) {
    if (value === null) return null;
    const image = (typeof value === 'object' ? value : {}) as { id?: unknown; src?: unknown; thumbSrc?: unknown };
    const ok = articleFieldsSchema.shape.featuredImageId.safeParse(image.id).success && image.id !== null && isMediaSrc(image.src) && isMediaSrc(image.thumbSrc);
    return ok ? null : { error: FEATURED_IMAGE_MESSAGE, fieldErrors: { featuredImageId: FEATURED_IMAGE_MESSAGE } };
  }
  if (!(MAP_FIELD_NAMES as string[]).includes(key)) return null; // Nobody reads other keys.
  const parsed = articleFieldsSchema.shape[key as MapFieldName].safeParse(value);
  const issue = parsed.success ? undefined : parsed.error.issues.find((i) => !TYPED_STATE_CODES.has(i.code));
  return issue ? { error: issue.message, fieldErrors: { [key]: issue.message } } : null;
}

/** Text typed or deleted: no element, attribute, mark or field value. */
function isTyping(struct: Y.Item | Y.GC | Y.Skip): boolean {
  return !(struct instanceof Y.Item) || (struct.parentSub === null && (struct.content instanceof Y.ContentString || struct.content instanceof Y.ContentDeleted));
}

/** The fields-map key an item sets, or null when it sets anything else (or that cannot be told without applying it). */
function fieldKeyOf(document: Y.Doc, item: Y.Item): string | null {
  if (!(item.content instanceof Y.ContentAny)) return null;
  if (item.parentSub !== null) return (item.parent as unknown) === FIELDS_MAP ? item.parentSub : null; // A root type is named in the update.
  // A key set again names the value it replaces (its origin), which says which map and key.
  if (!item.origin) return null;
  try {
    const replaced = Y.getItem(document.store, item.origin);
    return replaced.parent === fieldsMap(document) ? replaced.parentSub : null;
  } catch {
    return null; // The origin is not in the document (it came in this same update).
  }
}

/** What to tell the sender when `update` would put into `document` what the store refuses, else null. */
export function refusedUpdate(document: Y.Doc, update: Uint8Array): Refusal | null {
  let structs: (Y.Item | Y.GC | Y.Skip)[];
  try {
    structs = Y.decodeUpdate(update).structs;
  } catch {
    return null; // Malformed: applying it fails in Hocuspocus, which closes the connection.
  }
  const others = structs.filter((struct): struct is Y.Item => !isTyping(struct));
  if (!others.length) return null;
  const fieldSets = others.map((item) => ({ key: fieldKeyOf(document, item), item }));
  if (fieldSets.every(({ key }) => key !== null)) {
    for (const { key, item } of fieldSets) {
      const values = (item.content as Y.ContentAny).arr;
      const problem = fieldValueProblem(key!, values[values.length - 1]);
      if (problem) return problem;
    }
    return null;
  }
  // Applied to a copy: an update cannot be taken back out of a document once applied.
  const probe = new Y.Doc();
  try {
    Y.applyUpdate(probe, Y.encodeStateAsUpdate(document));
    Y.applyUpdate(probe, update);
    return documentProblem(probe);
  } finally {
    probe.destroy();
  }
}

/** The store's checks of the body (structure first, without recursion; then the document schema) and of every field value. */
function documentProblem(doc: Y.Doc): Refusal | null {
  const structure = bodyStructureProblem(doc);
  const check = structure ? { ok: false as const, error: structure } : checkArticleDoc(bodyFromDoc(doc));
  if (!check.ok) return { error: check.error, fieldErrors: { body: check.error } };
  for (const [key, value] of fieldsMap(doc).entries()) {
    const problem = fieldValueProblem(key, value);
    if (problem) return problem;
  }
  return null;
}
