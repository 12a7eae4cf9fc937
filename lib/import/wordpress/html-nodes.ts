// The HTML side of the WordPress body converter: the DOM shapes linkedom hands back, which tags start a
// block or are dropped, the Gutenberg block names it knows, and the inline tidy-up every paragraph gets.
import { parseHTML } from 'linkedom';
import { shortcodesToElements } from './shortcodes';

export type JsonNode = { type: string; attrs?: Record<string, unknown>; content?: JsonNode[]; text?: string; marks?: unknown[] };
export type DomNode = { nodeType: number; textContent: string | null; childNodes: ArrayLike<DomNode> };
export type DomElement = DomNode & {
  localName: string;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  classList: { contains(name: string): boolean };
};

const KNOWN_BLOCKS = new Set([
  'paragraph', 'heading', 'list', 'list-item', 'quote', 'pullquote', 'separator', 'image', 'gallery', 'embed', 'table',
  'code', 'preformatted', 'html', 'group', 'columns', 'column', 'spacer', 'more', 'nextpage', 'freeform', 'shortcode',
]);
export const BLOCK_TAGS = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'hr', 'figure', 'table', 'pre', 'div', 'section',
  'article', 'header', 'footer', 'aside', 'main', 'nav', 'wp-shortcode', 'iframe', 'video', 'audio', 'script', 'style',
  'noscript', 'form', 'dl', 'address', 'details', 'center', 'object', 'embed',
]);
export const DROPPED = new Set(['script', 'style', 'noscript', 'form', 'object', 'embed', 'template', 'button', 'input', 'select', 'textarea']);

export const isElement = (n: DomNode): n is DomElement => n.nodeType === 1;
export const children = (n: DomNode) => Array.from(n.childNodes);

/** A WordPress body parsed as one HTML document, its shortcodes turned into elements first. */
export function parseBody(html: string) {
  return parseHTML(`<!doctype html><html><head></head><body>${shortcodesToElements(html)}</body></html>`).document;
}

/** Merges neighbouring text with the same marks, trims the ends, drops edge line breaks. */
export function tidyInline(nodes: JsonNode[]): JsonNode[] {
  const merged: JsonNode[] = [];
  for (const n of nodes) {
    const last = merged[merged.length - 1];
    if (n.type === 'text' && last?.type === 'text' && JSON.stringify(last.marks ?? []) === JSON.stringify(n.marks ?? [])) {
      last.text = `${last.text}${n.text}`;
    } else if (n.type === 'text' && last?.type === 'text' && last.text?.endsWith(' ') && n.text?.startsWith(' ')) {
      merged.push({ ...n, text: n.text.slice(1) });
    } else merged.push({ ...n });
  }
  while (merged[0]?.type === 'hardBreak') merged.shift();
  while (merged[merged.length - 1]?.type === 'hardBreak') merged.pop();
  const first = merged[0];
  if (first?.type === 'text') first.text = first.text!.replace(/^ +/, '');
  const last = merged[merged.length - 1];
  if (last?.type === 'text') last.text = last.text!.replace(/ +$/, '');
  return merged.filter((n) => n.type !== 'text' || n.text);
}

/** Block names in Gutenberg delimiters the converter does not know; their HTML is still walked. */
export function unknownBlocks(html: string): string[] {
  const names = new Set<string>();
  for (const m of html.matchAll(/<!--\s+wp:([a-z][a-z0-9_-]*(?:\/[a-z][a-z0-9_-]*)?)[\s{/]/g)) {
    const name = m[1]!.replace(/^core\//, '');
    if (!KNOWN_BLOCKS.has(name)) names.add(name);
  }
  return [...names];
}

