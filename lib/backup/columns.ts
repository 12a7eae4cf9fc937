// How one table's rows become archive lines and back, derived from the Drizzle table itself: the
// columns (in schema order, by SQL name), a zod schema per column, lossless timestamps, keyset order.
import { getTableColumns, getTableName, sql, type Column, type SQL } from 'drizzle-orm';
import { getTableConfig, type PgColumn, type PgTable } from 'drizzle-orm/pg-core';
import { z } from 'zod';

/** The columns an archive carries: all but generated ones (the search vector is rebuilt by the database). */
export function archiveColumns(table: PgTable): PgColumn[] {
  return Object.values(getTableColumns(table)).filter((c) => !c.generated) as PgColumn[];
}

export const fileOf = (table: PgTable) => `${getTableName(table)}.jsonl`;

/** Primary-key columns in key order: the keyset a table is read by, and the order of its lines. */
export function keyColumns(table: PgTable): Column[] {
  const composite = getTableConfig(table).primaryKeys[0];
  if (composite) return composite.columns;
  const single = Object.values(getTableColumns(table)).filter((c) => c.primary);
  if (single.length !== 1) throw new Error(`${getTableName(table)} has no primary key to export by`);
  return single;
}

const isTimestamp = (c: Column) => c.columnType === 'PgTimestamp';
const isText = (c: Column) => c.columnType === 'PgText';

/**
 * What to select for each column, keyed by SQL name. Timestamps come out as ISO 8601 UTC with
 * microseconds (a JavaScript Date would drop them), text keys sort bytewise (collate "C") so both
 * databases write the same order.
 */
export function selection(table: PgTable): Record<string, PgColumn | SQL> {
  return Object.fromEntries(
    archiveColumns(table).map((c) => [
      c.name,
      isTimestamp(c) ? sql<string | null>`to_char(${c} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')` : c,
    ]),
  );
}

export function keyOrder(table: PgTable): SQL[] {
  return keyColumns(table).map((c) => (isText(c) ? sql`${c} collate "C"` : sql`${c}`));
}

/** Rows after `last` (the previous batch's final row, by SQL column name) in key order. */
export function afterKey(table: PgTable, last: Record<string, unknown>): SQL {
  const cols = keyColumns(table);
  const values = cols.map((c) => sql`${last[c.name]}`);
  return sql`(${sql.join(keyOrder(table), sql`, `)}) > (${sql.join(values, sql`, `)})`;
}

function columnSchema(c: Column): z.ZodType {
  switch (c.columnType) {
    case 'PgUUID':
      return z.guid();
    case 'PgText':
      return c.enumValues?.length ? z.enum(c.enumValues as [string, ...string[]]) : z.string();
    case 'PgEnumColumn':
      return z.enum(c.enumValues as [string, ...string[]]);
    case 'PgInteger':
      return z.int().min(-2_147_483_648).max(2_147_483_647);
    case 'PgBigInt53':
      return z.int();
    case 'PgBoolean':
      return z.boolean();
    case 'PgTimestamp':
      return z.iso.datetime();
    case 'PgJsonb':
      return z.json();
    case 'PgArray':
      return z.array(columnSchema((c as unknown as { baseColumn: Column }).baseColumn));
    default:
      // A new kind of column needs a line here (and in docs/export-format.md) before it can be exported.
      throw new Error(`${c.name}: column type ${c.columnType} has no archive schema`);
  }
}

/** The zod schema of one archive line of `table`: every column by SQL name, nothing else. */
export function rowSchema(table: PgTable) {
  return z.strictObject(
    Object.fromEntries(
      archiveColumns(table).map((c) => {
        let s = columnSchema(c);
        if (!c.notNull) s = s.nullable();
        // An older archive may lack a column added since: it takes the column's default.
        if (c.hasDefault || !c.notNull) s = s.optional();
        return [c.name, s];
      }),
    ),
  );
}

/** Keys sorted at every depth below the row, so equal values always print the same. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

/** One archive line: columns in schema order, nested keys sorted. */
export function encodeRow(table: PgTable, row: Record<string, unknown>): string {
  const out: Record<string, unknown> = {};
  for (const c of archiveColumns(table)) out[c.name] = c.columnType === 'PgJsonb' ? canonical(row[c.name]) : row[c.name];
  return JSON.stringify(out);
}

/** A validated line as Drizzle insert values (keys by property name); timestamps cast in SQL, microseconds kept. */
export function toInsertValues(table: PgTable, line: Record<string, unknown>): Record<string, unknown> {
  const byName = new Map(Object.entries(getTableColumns(table)).map(([key, c]) => [c.name, { key, c }]));
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(line)) {
    const col = byName.get(name)!;
    out[col.key] = isTimestamp(col.c) && typeof value === 'string' ? sql`${value}::timestamptz` : value;
  }
  return out;
}
