// Server rendering of a stored article body (Tiptap JSON) to React with @tiptap/static-renderer and one
// small component per node and mark. No editor code and no client JavaScript reach readers, and no raw
// HTML is injected: every element below is built by React, which escapes all text.
import type { ReactNode } from 'react';
import { renderJSONContentToReactElement } from '@tiptap/static-renderer/json/react';
import type { PublicImage } from '@/lib/core/public-types';
import type { DocJSON, DocMark, DocNode } from './doc';
import { enhanceHeadingIds } from './enhance-heading-ids';
import { ArticleTable, TableDataCell, TableHeaderCell, TableRow } from './render-table';
import { isAllowedHref, isMediaSrc } from './urls';

type NodeProps = { node: DocNode; parent?: DocNode; children?: ReactNode };
type MarkProps = { mark: DocMark; children?: ReactNode };

export type RenderBodyOptions = {
  /** Media rows for the body's figures (srcset, current alt), by media id. */
  media?: Record<string, PublicImage>;
  /** Ids the surrounding page already uses, so heading ids never collide with them. */
  reservedIds?: readonly string[];
  /** `sizes` for figure images (the article column's width). */
  imageSizes?: string;
  /** Rewrites site paths (images, site-relative links) to absolute URLs: feeds are read off-site. */
  resolveUrl?: (path: string) => string;
};

const DEFAULT_SIZES = '(min-width: 48rem) 42rem, 100vw';

const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const num = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.round(value) : undefined);

function Heading({ node, children }: NodeProps) {
  const level = node.attrs?.level;
  const id = str(node.attrs?.id) || undefined;
  // The schema allows H2-H4 only; anything else is shown as the nearest allowed level (the page's H1 is the headline).
  if (level === 3) return <h3 id={id}>{children}</h3>;
  if (level === 4) return <h4 id={id}>{children}</h4>;
  return <h2 id={id}>{children}</h2>;
}

function OrderedList({ node, children }: NodeProps) {
  const start = num(node.attrs?.start);
  return <ol start={start && start !== 1 ? start : undefined}>{children}</ol>;
}

const keep = (path: string) => path;

function makeFigure(media: Record<string, PublicImage>, sizes: string, resolve: (path: string) => string) {
  return function Figure({ node }: NodeProps) {
    const attrs = node.attrs ?? {};
    const row = media[str(attrs.mediaId)];
    const path = row?.src ?? (isMediaSrc(attrs.src) ? attrs.src : '');
    if (!path) return null;
    const src = resolve(path);
    const srcSet = row?.srcset
      ? row.srcset
          .split(', ')
          .map((entry) => {
            const [url, width] = entry.split(' ');
            return `${resolve(url ?? '')} ${width ?? ''}`.trim();
          })
          .join(', ')
      : undefined;
    const caption = str(attrs.caption).trim();
    const credit = str(attrs.credit).trim();
    const width = row?.width ?? num(attrs.width);
    const height = row?.height ?? num(attrs.height);
    return (
      <figure className="article-figure">
        {/* A plain img on purpose: the library's ready-made variants make the srcset, and the same markup
            goes into feeds, where next/image cannot run. */}
        {/* eslint-disable-next-line @next/next/no-img-element */}
        <img
          src={src}
          srcSet={srcSet}
          sizes={srcSet ? sizes : undefined}
          width={width}
          height={height}
          alt={str(attrs.alt) || row?.alt || ''}
          loading="lazy"
          decoding="async"
        />
        {caption || credit ? (
          <figcaption>
            {caption}
            {caption && credit ? ' ' : null}
            {credit ? <span className="credit">{credit}</span> : null}
          </figcaption>
        ) : null}
      </figure>
    );
  };
}

function makeLink(resolve: (path: string) => string) {
  return function Link({ mark, children }: MarkProps) {
    const href = mark.attrs?.href;
    // The static renderer skips the Link extension's own check: an unsafe href renders as plain text.
    if (!isAllowedHref(href)) return <>{children}</>;
    const value = href.trim();
    return <a href={value.startsWith('/') ? resolve(value) : value}>{children}</a>;
  };
}

/** Unknown nodes and marks (a future extension, a hand-edited row) keep their text and lose their markup. */
function Passthrough({ children }: { children?: ReactNode }) {
  return <>{children}</>;
}

/**
 * One component per node and mark of the schema built from `articleExtensions()`. render-schema.test.tsx
 * fails when the extension list has a node or mark that is missing here, so the editor can never produce
 * something readers would not see.
 */
export function bodyNodeMapping(options: RenderBodyOptions = {}) {
  return {
    doc: ({ children }: NodeProps) => <>{children}</>,
    text: ({ node }: NodeProps) => node.text ?? '',
    paragraph: ({ children }: NodeProps) => <p>{children}</p>,
    heading: Heading,
    bulletList: ({ children }: NodeProps) => <ul>{children}</ul>,
    orderedList: OrderedList,
    listItem: ({ children }: NodeProps) => <li>{children}</li>,
    blockquote: ({ children }: NodeProps) => <blockquote>{children}</blockquote>,
    horizontalRule: () => <hr />,
    hardBreak: () => <br />,
    figure: makeFigure(options.media ?? {}, options.imageSizes ?? DEFAULT_SIZES, options.resolveUrl ?? keep),
    table: ArticleTable,
    tableRow: TableRow,
    tableHeader: TableHeaderCell,
    tableCell: TableDataCell,
  } satisfies Record<string, (props: NodeProps) => ReactNode>;
}

export function bodyMarkMapping(options: RenderBodyOptions = {}) {
  return {
    bold: ({ children }: MarkProps) => <strong>{children}</strong>,
    italic: ({ children }: MarkProps) => <em>{children}</em>,
    strike: ({ children }: MarkProps) => <s>{children}</s>,
    code: ({ children }: MarkProps) => <code>{children}</code>,
    link: makeLink(options.resolveUrl ?? keep),
  } satisfies Record<string, (props: MarkProps) => ReactNode>;
}

/** Renders an article body to React elements (server components: no hooks, no state). */
export function renderArticleBody(doc: DocJSON, options: RenderBodyOptions = {}): ReactNode {
  const render = renderJSONContentToReactElement<DocMark, DocNode>({
    nodeMapping: bodyNodeMapping(options),
    markMapping: bodyMarkMapping(options),
    unhandledNode: Passthrough,
    unhandledMark: Passthrough,
  });
  const enhanced = enhanceHeadingIds(doc?.type === 'doc' ? doc : { type: 'doc', content: [] }, options.reservedIds);
  return render({ content: enhanced as DocNode });
}
