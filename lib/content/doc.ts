// The stored article body as plain JSON (Tiptap's shape), and the one walk over it that every pure
// helper (plain text, heading ids, figures) uses. Pure: safe for the editor, the server and tests.
import type { DocJSON } from '@/db/schema';

export type { DocJSON };

export type DocMark = { type: string; attrs?: Record<string, unknown> };
export type DocNode = { type?: string; text?: string; attrs?: Record<string, unknown>; content?: DocNode[]; marks?: readonly DocMark[] };

/**
 * Visits `root` and every node below it in document order. `enter` runs before a node's children;
 * `leave`, when given, after them.
 */
export function walkDoc(root: DocJSON | DocNode, enter: (node: DocNode) => void, leave?: (node: DocNode) => void): void {
  const visit = (node: DocNode) => {
    enter(node);
    node.content?.forEach(visit);
    leave?.(node);
  };
  visit(root as DocNode);
}

/** The attributes of every figure in the body, in document order. */
export function figureAttrsOf(doc: DocJSON | DocNode): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  walkDoc(doc, (node) => {
    if (node.type === 'figure') out.push(node.attrs ?? {});
  });
  return out;
}

/** The media ids of the body's figures, in order, without repeats. */
export function figureMediaIds(doc: DocJSON | DocNode): string[] {
  const ids = new Set<string>();
  for (const attrs of figureAttrsOf(doc)) if (typeof attrs.mediaId === 'string') ids.add(attrs.mediaId);
  return [...ids];
}
