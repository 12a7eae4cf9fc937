// Turns a WordPress post body (Gutenberg block markup or classic-editor HTML with WordPress's automatic
// paragraphs and shortcodes) into the article document the editor writes, checked by the same schema.
// HTML is parsed with a real parser; block comments are comments and never become text. What Byline
// cannot show yet (embeds, tables, code blocks, unknown blocks) is carried over in its most faithful
// form and named in the returned problems.
import type { Mark, Schema } from '@tiptap/pm/model';
import type { DocJSON } from '@/db/schema';
import type { FigureAttrs } from '@/lib/content/figure';
import { articleSchema, checkArticleDoc } from '@/lib/content/schema';
import { isAllowedHref } from '@/lib/content/urls';
import { BLOCK_TAGS, DROPPED, children, isElement, parseBody, tidyInline, unknownBlocks, type DomElement, type DomNode, type JsonNode } from './html-nodes';

export type ImageRef = { attachmentId?: string; src?: string };
export type BodyContext = {
  /** A media-library figure for a WordPress image, or null when it was not imported. */
  resolveImage: (ref: ImageRef) => FigureAttrs | null;
  /** Rewrites a link (old-site URLs to paths, upload URLs to Byline's copies). */
  rewriteHref: (href: string) => string;
};
export type BodyResult = { doc: DocJSON; problems: string[] };

class Walker {
  readonly problems = new Set<string>();
  private readonly schema: Schema = articleSchema();
  private out: JsonNode[] = [];
  private para: JsonNode[] | null = null;

  constructor(
    private readonly ctx: BodyContext,
    private readonly autop: boolean,
  ) {}

  /** Walks a container's children into blocks (a fresh output list). */
  blocksOf(nodes: DomNode[]): JsonNode[] {
    const savedOut = this.out;
    const savedPara = this.para;
    this.out = [];
    this.para = null;
    for (const node of nodes) this.block(node);
    this.flush();
    const result = this.out;
    this.out = savedOut;
    this.para = savedPara;
    return result;
  }

  private flush() {
    if (!this.para) return;
    const content = tidyInline(this.para);
    this.para = null;
    if (content.length) this.out.push({ type: 'paragraph', content });
  }

  private emit(node: JsonNode | null) {
    if (!node) return;
    this.flush();
    this.out.push(node);
  }

  private inlineTarget(): JsonNode[] {
    this.para ??= [];
    return this.para;
  }

  private block(node: DomNode) {
    if (node.nodeType === 3) return this.containerText(node.textContent ?? '');
    if (!isElement(node)) return; // comments (block delimiters, <!--more-->) are never text
    const tag = node.localName;
    if (!BLOCK_TAGS.has(tag)) return this.inline(node, [], this.inlineTarget());
    if (DROPPED.has(tag)) {
      this.problems.add(`<${tag}> element left out`);
      return this.flush();
    }
    switch (tag) {
      case 'p':
        this.flush();
        this.para = [];
        for (const c of children(node)) this.inline(c, [], this.inlineTarget());
        return this.flush();
      case 'h1':
      case 'h2':
      case 'h3':
      case 'h4':
      case 'h5':
      case 'h6': {
        const wanted = Number(tag[1]);
        const level = Math.min(4, Math.max(2, wanted));
        if (level !== wanted) this.problems.add(`heading level ${wanted} shown as level ${level}`);
        const content = this.inlineOf(node);
        return content.length ? this.emit({ type: 'heading', attrs: { level }, content }) : undefined;
      }
      case 'ul':
      case 'ol':
        return this.emit(this.list(node));
      case 'li':
        return this.emit(this.list(node, [node]));
      case 'blockquote':
        return this.emit(this.quote(node));
      case 'hr':
        return this.emit({ type: 'horizontalRule' });
      case 'figure':
        return this.figure(node);
      case 'table':
        return this.table(node);
      case 'pre':
        this.problems.add('code block kept as inline code');
        return this.emit(this.codeParagraph(node.textContent ?? ''));
      case 'iframe':
      case 'video':
      case 'audio': {
        const src = node.getAttribute('src') ?? node.querySelector('source')?.getAttribute('src') ?? '';
        this.problems.add(`<${tag}> carried over as a link`);
        return this.emit(this.linkParagraph(src));
      }
      case 'wp-shortcode':
        return this.shortcode(node);
      default:
        // div, section, unknown blocks' wrappers: their content, as blocks.
        this.flush();
        for (const c of children(node)) this.block(c);
        return this.flush();
    }
  }

  /** Text directly inside a container: WordPress's automatic paragraphs for classic posts. */
  private containerText(text: string) {
    if (!this.autop) {
      if (text.trim()) this.inlineTarget().push(...this.textNodes(text, []));
      return;
    }
    const parts = text.split(/\n[ \t\r]*\n/);
    parts.forEach((part, i) => {
      if (i > 0) this.flush();
      const lines = part.split('\n');
      lines.forEach((line, j) => {
        if (j > 0 && this.para?.length) this.inlineTarget().push({ type: 'hardBreak' });
        if (line.trim() || (line && this.para?.length)) this.inlineTarget().push(...this.textNodes(line, []));
      });
    });
  }

  private inlineOf(node: DomNode): JsonNode[] {
    const target: JsonNode[] = [];
    for (const c of children(node)) this.inline(c, [], target);
    return tidyInline(target);
  }

  private textNodes(text: string, marks: readonly Mark[]): JsonNode[] {
    const value = text.replace(/[\s\u00a0]+/g, (s) => (s.includes('\u00a0') ? '\u00a0' : ' '));
    if (!value) return [];
    return [marks.length ? { type: 'text', text: value, marks: marks.map((m) => m.toJSON()) } : { type: 'text', text: value }];
  }

  private inline(node: DomNode, marks: readonly Mark[], target: JsonNode[]) {
    if (node.nodeType === 3) {
      target.push(...this.textNodes(node.textContent ?? '', marks));
      return;
    }
    if (!isElement(node)) return;
    const tag = node.localName;
    if (tag === 'img') {
      // A figure is a block: it ends the paragraph it sat in.
      const figure = this.image(node, '');
      if (target === this.para) this.emit(figure);
      else if (figure) {
        this.problems.add('image inside a heading or list item moved after it');
        this.pending.push(figure);
      }
      return;
    }
    if (tag === 'br') {
      target.push({ type: 'hardBreak' });
      return;
    }
    if (BLOCK_TAGS.has(tag) && target === this.para) {
      this.block(node);
      return;
    }
    if (DROPPED.has(tag)) {
      this.problems.add(`<${tag}> element left out`);
      return;
    }
    let next = marks;
    const add = (name: string, attrs?: Record<string, unknown>) => {
      next = this.schema.marks[name]!.create(attrs).addToSet(next);
    };
    if (tag === 'strong' || tag === 'b') add('bold');
    else if (tag === 'em' || tag === 'i' || tag === 'cite') add('italic');
    else if (tag === 's' || tag === 'del' || tag === 'strike') add('strike');
    else if (tag === 'code' || tag === 'kbd' || tag === 'tt' || tag === 'samp') add('code');
    else if (tag === 'a') {
      const raw = node.getAttribute('href');
      if (raw) {
        const href = this.ctx.rewriteHref(raw.trim());
        if (isAllowedHref(href)) add('link', { href });
        else this.problems.add(`link "${raw.slice(0, 60)}" left as plain text`);
      }
    }
    for (const c of children(node)) this.inline(c, next, target);
  }

  /** Figures found inside headings or list items, emitted after the block that held them. */
  private pending: JsonNode[] = [];

  private list(node: DomElement, items?: DomElement[]): JsonNode | null {
    const lis = items ?? children(node).filter((c): c is DomElement => isElement(c) && c.localName === 'li');
    const content: JsonNode[] = [];
    for (const li of lis) {
      const blocks = this.blocksOf(children(li));
      if (blocks[0]?.type !== 'paragraph') blocks.unshift({ type: 'paragraph' });
      content.push({ type: 'listItem', content: blocks });
    }
    if (!content.length) return null;
    if (node.localName === 'ol') {
      const start = Number(node.getAttribute('start') ?? 1);
      return { type: 'orderedList', attrs: { start: Number.isFinite(start) ? start : 1 }, content };
    }
    return { type: 'bulletList', content };
  }

  private quote(node: DomElement): JsonNode | null {
    const inner = children(node).filter((c) => !(isElement(c) && c.localName === 'cite'));
    const blocks = this.blocksOf(inner);
    const cite = node.querySelector('cite')?.textContent?.trim();
    if (cite) blocks.push({ type: 'paragraph', content: [{ type: 'text', text: `— ${cite}` }] });
    return blocks.length ? { type: 'blockquote', content: blocks } : null;
  }

  private figure(node: DomElement) {
    const has = (c: string) => node.classList.contains(c);
    const caption = node.querySelector('figcaption')?.textContent?.trim() ?? '';
    if (has('wp-block-embed')) {
      const url = (node.querySelector('.wp-block-embed__wrapper')?.textContent ?? node.textContent ?? '').trim().split(/\s+/)[0] ?? '';
      const provider = /is-provider-([\w-]+)/.exec(node.getAttribute('class') ?? '')?.[1] ?? 'oEmbed';
      this.problems.add(`${provider} embed carried over as a link`);
      this.emit(this.linkParagraph(url));
      if (caption) this.emit({ type: 'paragraph', content: [{ type: 'text', text: caption, marks: [{ type: 'italic' }] }] });
      return;
    }
    const img = node.querySelector('img');
    const isGallery = has('wp-block-gallery') || node.querySelectorAll('figure').length > 0;
    if (img && !isGallery && !node.querySelector('table')) return this.emit(this.image(img, caption));
    this.flush();
    for (const c of children(node)) {
      if (isElement(c) && c.localName === 'figcaption') {
        if (caption) this.emit({ type: 'paragraph', content: [{ type: 'text', text: caption, marks: [{ type: 'italic' }] }] });
      } else this.block(c);
    }
    this.flush();
  }

  private image(img: DomElement, caption: string): JsonNode | null {
    const src = img.getAttribute('src') ?? '';
    const attachmentId = /(?:^|\s)wp-image-(\d+)(?:\s|$)/.exec(img.getAttribute('class') ?? '')?.[1];
    const figure = this.ctx.resolveImage({ attachmentId, src });
    if (!figure) {
      this.problems.add(`image ${src || `#${attachmentId}`} is not in the media library: left out`);
      return null;
    }
    const alt = img.getAttribute('alt')?.trim();
    return { type: 'figure', attrs: { ...figure, alt: alt || figure.alt, caption: caption || figure.caption } };
  }

  private table(node: DomElement) {
    this.problems.add('table carried over as one paragraph per row');
    for (const row of Array.from(node.querySelectorAll('tr'))) {
      const cells = children(row).filter((c): c is DomElement => isElement(c) && (c.localName === 'td' || c.localName === 'th'));
      const text = cells.map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim()).join(' | ');
      if (!text) continue;
      const header = cells.every((c) => c.localName === 'th');
      this.emit({ type: 'paragraph', content: [header ? { type: 'text', text, marks: [{ type: 'bold' }] } : { type: 'text', text }] });
    }
  }

  private codeParagraph(text: string): JsonNode | null {
    const content: JsonNode[] = [];
    text.replace(/\n+$/, '').split('\n').forEach((line, i) => {
      if (i > 0) content.push({ type: 'hardBreak' });
      if (line) content.push({ type: 'text', text: line, marks: [{ type: 'code' }] });
    });
    return content.some((c) => c.type === 'text') ? { type: 'paragraph', content } : null;
  }

  private linkParagraph(url: string): JsonNode | null {
    const href = this.ctx.rewriteHref(url.trim());
    if (!href) return null;
    if (!isAllowedHref(href)) return { type: 'paragraph', content: [{ type: 'text', text: href }] };
    return { type: 'paragraph', content: [{ type: 'text', text: href, marks: [{ type: 'link', attrs: { href } }] }] };
  }

  private shortcode(node: DomElement) {
    const name = node.getAttribute('name') ?? '';
    let attrs: Record<string, string> = {};
    try {
      attrs = JSON.parse(node.getAttribute('attrs') ?? '{}') as Record<string, string>;
    } catch {
      // malformed: no attributes
    }
    switch (name) {
      case 'caption':
      case 'wp_caption': {
        const img = node.querySelector('img');
        const text = children(node)
          .filter((c) => !(isElement(c) && (c.localName === 'img' || c.querySelector('img'))))
          .map((c) => c.textContent ?? '')
          .join('')
          .replace(/\s+/g, ' ')
          .trim();
        if (img) return this.emit(this.image(img, text || attrs.caption || ''));
        this.flush();
        for (const c of children(node)) this.block(c);
        return this.flush();
      }
      case 'gallery': {
        const ids = (attrs.ids ?? attrs.include ?? '').split(',').map((s) => s.trim()).filter(Boolean);
        if (!ids.length) this.problems.add('[gallery] without ids (the post\'s attached images) left out');
        for (const id of ids) {
          const figure = this.ctx.resolveImage({ attachmentId: id });
          if (figure) this.emit({ type: 'figure', attrs: figure });
          else this.problems.add(`gallery image #${id} is not in the media library: left out`);
        }
        return;
      }
      case 'embed':
      case 'audio':
      case 'video': {
        const url = (node.textContent ?? '').trim() || attrs.src || attrs.mp3 || attrs.mp4 || attrs['0'] || '';
        this.problems.add(`[${name}] carried over as a link`);
        return this.emit(this.linkParagraph(url));
      }
      default:
        this.problems.add(`[${name}] shortcode removed, its content kept`);
        this.flush();
        for (const c of children(node)) this.block(c);
        this.flush();
    }
  }

  drainPending(): JsonNode[] {
    return this.pending.splice(0);
  }
}

/** The text of an HTML fragment (a WordPress excerpt may hold markup), whitespace collapsed. */
export function htmlToText(html: string): string {
  if (!html.includes('<') && !html.includes('&')) return html.replace(/\s+/g, ' ').trim();
  const document = parseBody(html);
  for (const el of Array.from(document.querySelectorAll('script, style, wp-shortcode'))) el.remove();
  return (document.body.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function htmlToDoc(html: string, ctx: BodyContext): BodyResult {
  const isBlocks = html.includes('<!-- wp:');
  const document = parseBody(html);
  const walker = new Walker(ctx, !isBlocks);
  const body = document.body as unknown as DomNode;
  const content: JsonNode[] = [];
  for (const block of walker.blocksOf(children(body))) {
    content.push(block, ...walker.drainPending());
  }
  const problems = [...walker.problems, ...unknownBlocks(html).map((name) => `block "${name}" is not a Byline construct: its text was carried over`)];
  let doc: DocJSON = { type: 'doc', content: content.length ? content : [{ type: 'paragraph' }] };
  const check = checkArticleDoc(doc);
  if (!check.ok) {
    // The most faithful thing left: the text, paragraph by paragraph.
    problems.push(`body kept as plain text (${check.error})`);
    const text = (document.body.textContent ?? '').split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
    doc = { type: 'doc', content: text.length ? text.map((t) => ({ type: 'paragraph', content: [{ type: 'text', text: t }] })) : [{ type: 'paragraph' }] };
  }
  return { doc, problems };
}
