// A pure enhancement step over a stored article body: gives every heading a stable, unique `id`
// (from its text) so sections can be linked to. The static renderer runs no plugins, so ids are
// computed here, before rendering, and never stored.
import { plainSlug } from '@/lib/core/slug';
import { walkDoc, type DocJSON, type DocNode } from './doc';

/** "Water rates: what’s next?" -> "water-rates-whats-next" (ASCII letters and digits, at most 60 chars). */
export function headingSlug(text: string): string {
  return plainSlug(text, 60) || 'section';
}

function textOf(heading: DocNode): string {
  let text = '';
  walkDoc(heading, (node) => {
    if (node.type === 'text') text += node.text ?? '';
    if (node.type === 'hardBreak') text += ' ';
  });
  return text;
}

/**
 * Returns a copy of `doc` whose headings carry `attrs.id`; the input is not modified. Repeated titles get
 * "-2", "-3"…; ids listed in `reserved` (ids the page layout already uses) are never produced.
 */
export function enhanceHeadingIds(doc: DocJSON, reserved: readonly string[] = []): DocJSON {
  const used = new Set(reserved);
  const visit = (node: DocNode): DocNode => {
    if (node.type === 'heading') {
      const base = headingSlug(textOf(node));
      let id = base;
      for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
      used.add(id);
      return { ...node, attrs: { ...node.attrs, id } };
    }
    return node.content ? { ...node, content: node.content.map(visit) } : node;
  };
  return visit(doc as DocNode) as DocJSON;
}
