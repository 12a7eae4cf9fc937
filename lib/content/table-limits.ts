// Size and shape limits of a table in an article body, checked on the stored JSON before the schema
// loads it: the editor's table menu stops at the same numbers, so only pasted or hand-made JSON meets them.

export const MAX_TABLE_ROWS = 200;
export const MAX_TABLE_COLUMNS = 20;
/** Characters of text in one cell: a table holds figures and short labels, not paragraphs of prose. */
export const MAX_TABLE_CELL_CHARS = 1_000;
export const MAX_TABLE_CAPTION_CHARS = 300;

type JsonNode = { type?: unknown; text?: unknown; attrs?: Record<string, unknown>; content?: unknown };

const CELL_TYPES = new Set(['tableCell', 'tableHeader']);
const asNodes = (value: unknown): JsonNode[] =>
  Array.isArray(value) ? value.filter((n): n is JsonNode => !!n && typeof n === 'object') : [];
const isSpan = (value: unknown, max: number) => value === undefined || value === null || (Number.isInteger(value) && (value as number) >= 1 && (value as number) <= max);
const isColwidth = (value: unknown) =>
  value === undefined || value === null || (Array.isArray(value) && value.length <= MAX_TABLE_COLUMNS && value.every((w) => Number.isInteger(w) && w > 0 && w <= 4000));

/** The characters of text below a node (iterative: a cell's content is only checked, never trusted). */
function textLength(node: JsonNode): number {
  let length = 0;
  const stack = [node];
  while (stack.length) {
    const next = stack.pop()!;
    if (typeof next.text === 'string') length += next.text.length;
    stack.push(...asNodes(next.content));
  }
  return length;
}

function cellProblem(cell: JsonNode): string | null {
  const attrs = cell.attrs ?? {};
  if (!isSpan(attrs.colspan, MAX_TABLE_COLUMNS) || !isSpan(attrs.rowspan, MAX_TABLE_ROWS) || !isColwidth(attrs.colwidth)) {
    return 'A table cell has a broken size (its column or row span): remove the table and insert it again.';
  }
  const stack = asNodes(cell.content);
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'table') return 'A table sits inside a table cell: tables cannot be nested. Move the inner table out and save again.';
    stack.push(...asNodes(node.content));
  }
  const chars = textLength(cell);
  if (chars > MAX_TABLE_CELL_CHARS) {
    return `A table cell holds ${chars.toLocaleString('en')} characters; a cell can hold at most ${MAX_TABLE_CELL_CHARS.toLocaleString('en')}. Move the longer text out of the table.`;
  }
  return null;
}

/** The first problem with one table node, or null. */
export function tableProblem(table: JsonNode): string | null {
  const caption = table.attrs?.caption;
  if (caption !== undefined && caption !== null && typeof caption !== 'string') return 'A table caption must be text.';
  if (typeof caption === 'string' && caption.length > MAX_TABLE_CAPTION_CHARS) {
    return `A table caption is ${caption.length} characters long; the most is ${MAX_TABLE_CAPTION_CHARS}. Shorten it.`;
  }
  const rows = asNodes(table.content);
  if (rows.length > MAX_TABLE_ROWS) {
    return `A table has ${rows.length.toLocaleString('en')} rows; a table can have at most ${MAX_TABLE_ROWS}. Split it into smaller tables.`;
  }
  for (const row of rows) {
    const cells = asNodes(row.content).filter((c) => CELL_TYPES.has(c.type as string));
    const width = cells.reduce((sum, c) => sum + (Number.isInteger(c.attrs?.colspan) ? (c.attrs!.colspan as number) : 1), 0);
    if (width > MAX_TABLE_COLUMNS) {
      return `A table has ${width.toLocaleString('en')} columns; a table can have at most ${MAX_TABLE_COLUMNS}. Split it or leave some columns out.`;
    }
    for (const cell of cells) {
      const problem = cellProblem(cell);
      if (problem) return problem;
    }
  }
  return null;
}

/** The first problem with any table of a body (the body's depth is already bounded), or null. */
export function bodyTablesProblem(doc: unknown): string | null {
  const stack = asNodes([doc]);
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'table') {
      const problem = tableProblem(node);
      if (problem) return problem;
      continue;
    }
    stack.push(...asNodes(node.content));
  }
  return null;
}
