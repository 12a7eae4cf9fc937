// The reader renderer against the document model: every node and mark of the schema built from
// articleExtensions() must have its own mapping and produce markup, so adding a node to the editor
// without teaching the renderer fails here.
import { describe, expect, it } from 'vitest';
import type { DocJSON, DocNode } from './doc';
import { bodyMarkMapping, bodyNodeMapping } from './render';
import { renderArticleBodyToHtml } from './render-html';
import { articleSchema } from './schema';

/** Attributes a node or mark needs before it renders anything at all. */
const SAMPLE_ATTRS: Record<string, Record<string, unknown>> = {
  figure: { mediaId: '11111111-1111-4111-8111-111111111111', src: '/media/2026-11/abc/original.jpg', alt: 'Alt', caption: 'Caption', credit: 'Credit', width: 10, height: 10 },
  link: { href: 'https://example.org/' },
  orderedList: { start: 3 },
};

const schema = articleSchema();
const nodeNames = Object.keys(schema.nodes);
const markNames = Object.keys(schema.marks);

/** A document holding one instance of `name` (inline nodes inside a paragraph). */
function docWith(name: string, rename = name): DocJSON {
  const type = schema.nodes[name]!;
  const node = type.createAndFill(SAMPLE_ATTRS[name] ?? null)!;
  const json = node.toJSON() as DocNode;
  const renamed = { ...json, type: rename };
  const block = type.isInline ? { type: 'paragraph', content: [renamed] } : renamed;
  return { type: 'doc', content: [block] };
}

describe('the renderer covers the whole schema', () => {
  it('knows the node and mark names it is checked against', () => {
    expect(nodeNames).toEqual(expect.arrayContaining(['doc', 'text', 'paragraph', 'heading', 'figure']));
    expect(markNames).toEqual(expect.arrayContaining(['bold', 'link']));
  });

  it.each(nodeNames)('maps the node "%s"', (name) => {
    expect(Object.keys(bodyNodeMapping())).toContain(name);
  });

  it.each(markNames)('maps the mark "%s"', (name) => {
    expect(Object.keys(bodyMarkMapping())).toContain(name);
  });

  it.each(nodeNames.filter((n) => n !== 'doc' && n !== 'text'))('renders the node "%s" as markup of its own', (name) => {
    const html = renderArticleBodyToHtml(docWith(name));
    const unmapped = renderArticleBodyToHtml(docWith(name, '__unmapped'));
    expect(html).not.toBe('');
    expect(html).not.toBe(unmapped);
  });

  it.each(markNames)('renders the mark "%s" as markup of its own', (name) => {
    const marked = (type: string) => ({
      type: 'doc' as const,
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'word', marks: [{ type, attrs: SAMPLE_ATTRS[name] }] }] }],
    });
    const html = renderArticleBodyToHtml(marked(name));
    expect(html).toContain('word');
    expect(html).not.toBe(renderArticleBodyToHtml(marked('__unmapped')));
  });

  it('has no mapping for anything the schema does not define', () => {
    expect(Object.keys(bodyNodeMapping()).sort()).toEqual([...nodeNames].sort());
    expect(Object.keys(bodyMarkMapping()).sort()).toEqual([...markNames].sort());
  });
});
