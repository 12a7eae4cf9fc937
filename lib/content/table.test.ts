// Tables in the document model: what the validator accepts and refuses (sizes, nesting, spans), what
// readers get (a labelled scrolling region, caption, thead, th scope), the plain text, and the shared
// co-editing document carrying a table unchanged.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { bodyFromDoc, writeFieldsIntoDoc } from '@/lib/collab/doc-model';
import type { DocJSON, DocNode } from './doc';
import { renderArticleBodyToHtml } from './render-html';
import { checkArticleDoc } from './schema';
import { MAX_TABLE_CELL_CHARS, MAX_TABLE_COLUMNS, MAX_TABLE_ROWS } from './table-limits';
import { docToPlainText } from './text';

const para = (text: string): DocNode => ({ type: 'paragraph', content: text ? [{ type: 'text', text }] : undefined });
const cell = (text: string, type = 'tableCell', attrs?: Record<string, unknown>): DocNode => ({ type, attrs, content: [para(text)] });
const row = (cells: DocNode[]): DocNode => ({ type: 'tableRow', content: cells });
const table = (rows: DocNode[], caption = ''): DocNode => ({ type: 'table', attrs: { caption }, content: rows });
const doc = (...content: DocNode[]): DocJSON => ({ type: 'doc', content }) as DocJSON;

const budget = table(
  [
    row([cell('Department', 'tableHeader'), cell('2026', 'tableHeader'), cell('2027', 'tableHeader')]),
    row([cell('Schools', 'tableHeader'), cell('€4.1m'), cell('€4.4m')]),
    row([cell('Roads', 'tableHeader'), cell('€2.0m', 'tableCell', { colspan: 2 })]),
  ],
  'City budget <b>2027</b>',
);
const grid = (rows: number, cols: number) => table(Array.from({ length: rows }, () => row(Array.from({ length: cols }, () => cell('1')))));
const errorOf = (body: DocJSON) => {
  const check = checkArticleDoc(body);
  return check.ok ? null : check.error;
};

describe('tables in the schema', () => {
  it('accepts a table with a header row, a header column, a caption and a spanning cell', () => {
    expect(errorOf(doc(para('Before'), budget))).toBeNull();
  });

  it('refuses tables past the row and column limits, naming the numbers', () => {
    expect(errorOf(doc(grid(MAX_TABLE_ROWS, 2)))).toBeNull();
    expect(errorOf(doc(grid(MAX_TABLE_ROWS + 1, 2)))).toBe(`A table has ${MAX_TABLE_ROWS + 1} rows; a table can have at most ${MAX_TABLE_ROWS}. Split it into smaller tables.`);
    expect(errorOf(doc(grid(2, MAX_TABLE_COLUMNS + 1)))).toContain(`at most ${MAX_TABLE_COLUMNS}`);
    expect(errorOf(doc(grid(3000, 3)))).toContain('3,000 rows');
  });

  it('refuses a cell past its text limit, a nested table and broken spans', () => {
    expect(errorOf(doc(table([row([cell('x'.repeat(MAX_TABLE_CELL_CHARS + 1))])])))).toContain('a cell can hold at most 1,000');
    const nested = table([row([{ type: 'tableCell', content: [grid(1, 1)] }])]);
    expect(errorOf(doc(nested))).toMatch(/tables cannot be nested/);
    expect(errorOf(doc(table([row([cell('a', 'tableCell', { colspan: 0 })])])))).toMatch(/broken size/);
    expect(errorOf(doc(table([row([cell('a', 'tableCell', { colwidth: ['1px;color:red'] })])])))).toMatch(/broken size/);
    expect(errorOf(doc({ type: 'table', attrs: { caption: { evil: true } }, content: [row([cell('a')])] }))).toBe('A table caption must be text.');
  });

  it('refuses a row without cells and a table without rows (the schema itself)', () => {
    expect(errorOf(doc(table([row([])])))).toMatch(/does not support/);
    expect(errorOf(doc(table([])))).toMatch(/does not support/);
  });
});

describe('tables for readers', () => {
  const html = renderArticleBodyToHtml(doc(budget));

  it('renders a real table in a focusable, labelled scrolling region, caption escaped', () => {
    expect(html).toContain('<div class="table-scroll" role="region" aria-label="Table: City budget &lt;b&gt;2027&lt;/b&gt;" tabindex="0"><table><caption>City budget &lt;b&gt;2027&lt;/b&gt;</caption>');
  });

  it('puts the header row in thead with th scope="col", and row headers as th scope="row"', () => {
    expect(html).toContain('<thead><tr><th scope="col"><p>Department</p></th><th scope="col"><p>2026</p></th>');
    expect(html).toContain('<tbody><tr><th scope="row"><p>Schools</p></th><td><p>€4.1m</p></td>');
    expect(html).toContain('<td colSpan="2"><p>€2.0m</p></td>');
  });

  it('names a table without caption plainly, and has no thead without a header row', () => {
    const plain = renderArticleBodyToHtml(doc(grid(1, 1)));
    expect(plain).toBe('<div class="table-scroll" role="region" aria-label="Table" tabindex="0"><table><tbody><tr><td><p>1</p></td></tr></tbody></table></div>');
  });

  it('reads as text cell by cell, caption first', () => {
    expect(docToPlainText(doc(budget))).toBe('City budget <b>2027</b>\nDepartment\n2026\n2027\nSchools\n€4.1m\n€4.4m\nRoads\n€2.0m');
  });
});

describe('tables in the co-editing document', () => {
  it('survives the Yjs body unchanged, caption and spans included', () => {
    const ydoc = new Y.Doc();
    const body = doc(para('Intro'), budget);
    writeFieldsIntoDoc(ydoc, { body });
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(ydoc));
    const back = bodyFromDoc(copy);
    expect(checkArticleDoc(back).ok).toBe(true);
    expect(renderArticleBodyToHtml(back)).toBe(renderArticleBodyToHtml(body));
    expect(JSON.stringify(back)).toContain('"caption":"City budget <b>2027</b>"');
  });
});
