// Validates stored article bodies against the schema built from the shared extension list.
import { getSchema } from '@tiptap/core';
import type { Node as PMNode, Schema } from '@tiptap/pm/model';
import { articleExtensions } from './extensions';
import { bodyShapeProblem } from './limits';
import { bodyTablesProblem } from './table-limits';
import { isAllowedHref, isMediaSrc } from './urls';

let schema: Schema | undefined;
export function articleSchema(): Schema {
  schema ??= getSchema(articleExtensions());
  return schema;
}

export type DocCheck =
  | { ok: true; doc: PMNode; mediaIds: string[] }
  | { ok: false; error: string };

const MAX_NODES = 20_000;

/** Checks a Tiptap JSON document: known nodes and marks only, valid structure, safe links, library images, tables within their limits. */
export function checkArticleDoc(json: unknown): DocCheck {
  if (!json || typeof json !== 'object' || (json as { type?: unknown }).type !== 'doc') {
    return { ok: false, error: 'The body is not an article document.' };
  }
  // Before nodeFromJSON, which recurses: a 3,000-deep quote would overflow the stack there.
  const shape = bodyShapeProblem(json) ?? bodyTablesProblem(json);
  if (shape) return { ok: false, error: shape };
  let doc: PMNode;
  try {
    doc = articleSchema().nodeFromJSON(json);
    doc.check();
  } catch (error) {
    return { ok: false, error: `The body contains content the editor does not support (${shorten((error as Error).message)}).` };
  }
  let problem: string | undefined;
  let count = 0;
  const mediaIds: string[] = [];
  doc.descendants((node) => {
    if (problem) return false;
    if (++count > MAX_NODES) problem = 'The body is too long.';
    for (const mark of node.marks) {
      if (mark.type.name === 'link' && !isAllowedHref(mark.attrs.href)) {
        problem = `The link "${shorten(String(mark.attrs.href))}" is not allowed: use http(s), mailto or a site path.`;
      }
    }
    if (node.type.name === 'figure') {
      const { mediaId, src } = node.attrs as { mediaId: unknown; src: unknown };
      if (typeof mediaId !== 'string' || !/^[0-9a-f-]{36}$/i.test(mediaId) || !isMediaSrc(src)) {
        problem = 'Images must come from the media library.';
      } else {
        mediaIds.push(mediaId);
      }
    }
    return true;
  });
  if (problem) return { ok: false, error: problem };
  return { ok: true, doc, mediaIds };
}

function shorten(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
