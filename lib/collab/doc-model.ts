// The shared document of one article (Yjs), used alike by the editor in the browser and by the server:
// the body is an XmlFragment bound to Tiptap (Collaboration's `field`), every other field a key of one
// Y.Map. A field is replaced whole (the last writer of a headline wins); the body merges per character.
import * as Y from 'yjs';
import { updateYFragment, yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap';
import type { DocJSON } from '@/db/schema';
import { ARTICLE_FIELD_NAMES, EMPTY_DOC, type ArticleFieldsInput } from '@/lib/articles/fields';
import { BODY_TOO_DEEP_MESSAGE, MAX_BODY_DEPTH } from '@/lib/content/limits';
import { articleSchema } from '@/lib/content/schema';
import { apiPath } from '@/lib/core/routes';

/** The same-origin path of the WebSocket (lib/collab/upgrade.ts). */
export const COLLAB_PATH = apiPath('collab');
export const BODY_FIELD = 'body';
export const FIELDS_MAP = 'fields';
/** A display-only key of the fields map: the featured image's summary, so every screen can show it. */
export const FEATURED_IMAGE_KEY = 'featuredImage';

export type MapFieldName = Exclude<keyof ArticleFieldsInput, 'body'>;
export const MAP_FIELD_NAMES = ARTICLE_FIELD_NAMES.filter((name): name is MapFieldName => name !== 'body');

export function collabDocName(articleId: string): string {
  return `article:${articleId}`;
}

export function articleIdOfDoc(name: string): string | null {
  return /^article:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i.exec(name)?.[1] ?? null;
}

export function fieldsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(FIELDS_MAP);
}

const MAX_BODY_NODES = 100_000;

/**
 * The body's nesting and size, measured with an explicit stack before anything recursive (the JSON
 * conversion, the validator) walks it: anyone who may edit can send any structure over the socket.
 */
export function bodyStructureProblem(doc: Y.Doc): string | null {
  if (bodyTooDeep(doc)) return BODY_TOO_DEEP_MESSAGE;
  return bodyHasMoreNodesThan(doc, MAX_BODY_NODES) ? 'The body is too long.' : null;
}

/** Whether any element of the body sits deeper than the schema allows (stops at the first). */
export function bodyTooDeep(doc: Y.Doc): boolean {
  const stack: { node: Y.XmlElement | Y.XmlFragment; depth: number }[] = [{ node: doc.getXmlFragment(BODY_FIELD), depth: 0 }];
  while (stack.length) {
    const { node, depth } = stack.pop()!;
    if (depth > MAX_BODY_DEPTH) return true;
    for (const child of node.toArray()) if (child instanceof Y.XmlElement) stack.push({ node: child, depth: depth + 1 });
  }
  return false;
}

function bodyHasMoreNodesThan(doc: Y.Doc, limit: number): boolean {
  const stack: (Y.XmlElement | Y.XmlFragment)[] = [doc.getXmlFragment(BODY_FIELD)];
  let seen = 0;
  while (stack.length) {
    for (const child of stack.pop()!.toArray()) {
      if (++seen > limit) return true;
      if (child instanceof Y.XmlElement) stack.push(child);
    }
  }
  return false;
}

/** The body as Tiptap JSON (an empty fragment is the editor's empty document). */
export function bodyFromDoc(doc: Y.Doc): DocJSON {
  const json = yXmlFragmentToProsemirrorJSON(doc.getXmlFragment(BODY_FIELD)) as DocJSON;
  return json.content?.length ? json : EMPTY_DOC;
}

/**
 * Every field of the article the document holds, as the save path takes them. A key the document lacks
 * (a state stored before that field existed) is left out: the save keeps its stored value.
 */
export function fieldsFromDoc(doc: Y.Doc): Partial<ArticleFieldsInput> {
  const map = fieldsMap(doc);
  const fields: Record<string, unknown> = { body: bodyFromDoc(doc) };
  for (const name of MAP_FIELD_NAMES) if (map.has(name)) fields[name] = map.get(name);
  return fields as Partial<ArticleFieldsInput>;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Writes field values into the document as one change, touching only what differs: the body through
 * y-prosemirror's diff, so a restore or an outside save keeps the paragraphs that did not change.
 */
export function writeFieldsIntoDoc(doc: Y.Doc, fields: Partial<ArticleFieldsInput>, origin: unknown = null): void {
  doc.transact(() => {
    const map = fieldsMap(doc);
    for (const name of MAP_FIELD_NAMES) {
      if (!(name in fields)) continue;
      const value = fields[name];
      if (!map.has(name) || !same(map.get(name), value)) map.set(name, value);
    }
    if (fields.body) {
      const node = articleSchema().nodeFromJSON(fields.body);
      updateYFragment(doc, doc.getXmlFragment(BODY_FIELD), node, { mapping: new Map(), isOMark: new Map() });
    }
  }, origin);
}
