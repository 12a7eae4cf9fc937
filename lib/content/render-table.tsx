// The reader's table: a real <table> with its caption, leading header rows in <thead>, header cells as
// <th scope>, inside a labelled wrapper that scrolls sideways on a phone instead of widening the page.
import type { ReactNode } from 'react';
import type { DocNode } from './doc';

type NodeProps = { node: DocNode; parent?: DocNode; children?: ReactNode };

const isHeaderRow = (row: DocNode | undefined) => !!row?.content?.length && row.content.every((cell) => cell.type === 'tableHeader');
const span = (value: unknown): number | undefined => (Number.isInteger(value) && (value as number) > 1 ? (value as number) : undefined);
const ALIGNS = new Set(['left', 'center', 'right']);
const align = (value: unknown) => (typeof value === 'string' && ALIGNS.has(value) ? { textAlign: value as 'left' | 'center' | 'right' } : undefined);

export function ArticleTable({ node, children }: NodeProps) {
  const rows = node.content ?? [];
  const rendered = ([] as ReactNode[]).concat(children ?? []);
  let headerRows = 0;
  while (headerRows < rows.length - 1 && isHeaderRow(rows[headerRows])) headerRows++;
  const caption = typeof node.attrs?.caption === 'string' ? node.attrs.caption.trim() : '';
  return (
    // Focusable so keyboard users can scroll it; named so screen readers say what the region is.
    <div className="table-scroll" role="region" aria-label={caption ? `Table: ${caption}` : 'Table'} tabIndex={0}>
      <table>
        {caption ? <caption>{caption}</caption> : null}
        {headerRows ? <thead>{rendered.slice(0, headerRows)}</thead> : null}
        <tbody>{rendered.slice(headerRows)}</tbody>
      </table>
    </div>
  );
}

export function TableRow({ children }: NodeProps) {
  return <tr>{children}</tr>;
}

/** A header cell heads its column in a row of headers, and its row when it starts a row of data. */
export function TableHeaderCell({ node, parent, children }: NodeProps) {
  return (
    <th scope={isHeaderRow(parent) || !parent ? 'col' : 'row'} colSpan={span(node.attrs?.colspan)} rowSpan={span(node.attrs?.rowspan)} style={align(node.attrs?.align)}>
      {children}
    </th>
  );
}

export function TableDataCell({ node, children }: NodeProps) {
  return (
    <td colSpan={span(node.attrs?.colspan)} rowSpan={span(node.attrs?.rowspan)} style={align(node.attrs?.align)}>
      {children}
    </td>
  );
}
