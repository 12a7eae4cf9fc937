// Pure helpers over a stored article body (Tiptap JSON) that public reads need: which media it shows.
import type { DocJSON } from '@/db/schema';

type JsonNode = { type?: string; attrs?: Record<string, unknown>; content?: JsonNode[] };

/** The media ids of the body's figures, in order, without repeats. */
export function figureMediaIds(doc: DocJSON): string[] {
  const ids = new Set<string>();
  const walk = (node: JsonNode) => {
    if (node.type === 'figure' && typeof node.attrs?.mediaId === 'string') ids.add(node.attrs.mediaId);
    node.content?.forEach(walk);
  };
  walk(doc as JsonNode);
  return [...ids];
}
