// A pure enhancement step over a stored article body: gives every heading a stable, unique `id`
// (from its text) so sections can be linked to. The static renderer runs no plugins, so ids are
// computed here, before rendering, and never stored.
import type { DocJSON } from '@/db/schema';

type JsonNode = { type?: string; text?: string; attrs?: Record<string, unknown>; content?: JsonNode[] };

/** "Water rates: what’s next?" -> "water-rates-whats-next" (ASCII letters and digits, at most 60 chars). */
export function headingSlug(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return slug || 'section';
}

function textOf(node: JsonNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return ' ';
  return (node.content ?? []).map(textOf).join('');
}

/**
 * Returns a copy of `doc` whose headings carry `attrs.id`; the input is not modified. Repeated titles get
 * "-2", "-3"…; ids listed in `reserved` (ids the page layout already uses) are never produced.
 */
export function enhanceHeadingIds(doc: DocJSON, reserved: readonly string[] = []): DocJSON {
  const used = new Set(reserved);
  const visit = (node: JsonNode): JsonNode => {
    if (node.type === 'heading') {
      const base = headingSlug(textOf(node));
      let id = base;
      for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
      used.add(id);
      return { ...node, attrs: { ...node.attrs, id } };
    }
    return node.content ? { ...node, content: node.content.map(visit) } : node;
  };
  return visit(doc as JsonNode) as DocJSON;
}
