// Small builders for Tiptap JSON, and a tiny markup (## headings, - lists, **bold**, [links](…), [[fig …]])
// so the demo articles can be written as readable text and still become valid documents.
import type { DocJSON } from '@/db/schema';
import type { FigureAttrs } from '@/lib/content/figure';

type Mark = { type: 'bold' } | { type: 'italic' } | { type: 'link'; attrs: { href: string } };
export type Inline = { type: 'text'; text: string; marks?: Mark[] };
export type Block = { type: string; attrs?: Record<string, unknown>; content?: unknown[] };

export const text = (value: string, marks?: Mark[]): Inline => (marks?.length ? { type: 'text', text: value, marks } : { type: 'text', text: value });
export const bold = (value: string): Inline => text(value, [{ type: 'bold' }]);
export const italic = (value: string): Inline => text(value, [{ type: 'italic' }]);
export const link = (value: string, href: string): Inline => text(value, [{ type: 'link', attrs: { href } }]);

type InlineInput = string | Inline | Inline[];
const inlines = (parts: InlineInput[]): Inline[] =>
  parts.flatMap((part) => (typeof part === 'string' ? inlineMarkup(part) : Array.isArray(part) ? part : [part]));

export const p = (...parts: InlineInput[]): Block => ({ type: 'paragraph', content: inlines(parts) });
export const h2 = (value: string): Block => ({ type: 'heading', attrs: { level: 2 }, content: inlines([value]) });
export const h3 = (value: string): Block => ({ type: 'heading', attrs: { level: 3 }, content: inlines([value]) });
export const bullets = (items: InlineInput[]): Block => ({ type: 'bulletList', content: items.map((item) => ({ type: 'listItem', content: [p(item)] })) });
export const ordered = (items: InlineInput[]): Block => ({
  type: 'orderedList',
  attrs: { start: 1 },
  content: items.map((item) => ({ type: 'listItem', content: [p(item)] })),
});
export const quote = (...parts: InlineInput[]): Block => ({ type: 'blockquote', content: [p(...parts)] });
export const figure = (attrs: FigureAttrs): Block => ({ type: 'figure', attrs });
export const doc = (blocks: Block[]): DocJSON => ({ type: 'doc', content: blocks });

const INLINE = /\*\*(.+?)\*\*|\*(.+?)\*|\[([^\]]+)\]\(([^)\s]+)\)/g;

/** `**bold**`, `*italic*` and `[text](href)` inside one line of text. */
export function inlineMarkup(line: string): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const m of line.matchAll(INLINE)) {
    if (m.index > last) out.push(text(line.slice(last, m.index)));
    if (m[1] !== undefined) out.push(bold(m[1]));
    else if (m[2] !== undefined) out.push(italic(m[2]));
    else out.push(link(m[3]!, m[4]!));
    last = m.index + m[0].length;
  }
  if (last < line.length) out.push(text(line.slice(last)));
  return out;
}

/** Resolves `[[fig key | caption]]` to a figure's attributes (a media row of the seed). */
export type FigureResolver = (key: string, caption: string) => FigureAttrs;

/**
 * Blocks are separated by blank lines: `## ` and `### ` headings, `- ` bullet lines, `1. ` numbered
 * lines, `> ` a quotation, `[[fig key | caption]]` a figure, anything else a paragraph.
 */
export function parseBody(source: string, resolveFigure: FigureResolver): DocJSON {
  const blocks: Block[] = [];
  for (const chunk of source.trim().split(/\n\s*\n/)) {
    const lines = chunk
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    const first = lines[0] ?? '';
    const fig = /^\[\[fig\s+([\w-]+)\s*(?:\|\s*(.*))?\]\]$/.exec(first);
    if (fig) blocks.push(figure(resolveFigure(fig[1]!, (fig[2] ?? '').trim())));
    else if (first.startsWith('### ')) blocks.push(h3(first.slice(4)));
    else if (first.startsWith('## ')) blocks.push(h2(first.slice(3)));
    else if (first.startsWith('- ')) blocks.push(bullets(lines.map((l) => l.replace(/^- /, ''))));
    else if (/^\d+\. /.test(first)) blocks.push(ordered(lines.map((l) => l.replace(/^\d+\. /, ''))));
    else if (first.startsWith('> ')) blocks.push(quote(lines.map((l) => l.replace(/^> ?/, '')).join(' ')));
    else blocks.push(p(lines.join(' ')));
  }
  return doc(blocks);
}

/** The plain text of the first paragraph of some markup, for excerpts. */
export function firstParagraphText(source: string): string {
  const para = source
    .trim()
    .split(/\n\s*\n/)
    .find((c) => !/^(#|-|>|\d+\.|\[\[)/.test(c.trim()));
  return (para ?? '').replace(/\s+/g, ' ').replace(INLINE, (_m, b, i, t) => b ?? i ?? t ?? '').trim();
}
