// Every table of db/schema/ is exported or excluded with a reason, in an order a restore can insert,
// and every exported column has an archive schema and a line in docs/export-format.md.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getTableName, is } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import * as schema from '@/db/schema';
import { archiveColumns, rowSchema } from './columns';
import { BACKUP_TABLES, EXCLUDED_TABLES } from './tables';

const allTables = (Object.values(schema) as unknown[]).filter((value): value is PgTable => is(value, PgTable));
const exported = BACKUP_TABLES.map((t) => getTableName(t.table));

describe('what an archive holds', () => {
  it('covers every table in db/schema/: exported, or excluded with a reason', () => {
    const unlisted = allTables.map(getTableName).filter((name) => !exported.includes(name) && !(name in EXCLUDED_TABLES));
    expect(unlisted, 'add these tables to BACKUP_TABLES or EXCLUDED_TABLES in lib/backup/tables.ts').toEqual([]);
    expect(exported.filter((name) => name in EXCLUDED_TABLES)).toEqual([]);
    expect(new Set(exported).size).toBe(exported.length);
    for (const reason of Object.values(EXCLUDED_TABLES)) expect(reason.length).toBeGreaterThan(10);
    for (const name of Object.keys(EXCLUDED_TABLES)) expect(allTables.map(getTableName)).toContain(name);
  });

  it('lists parents before the rows that point at them', () => {
    for (const [i, { table }] of BACKUP_TABLES.entries()) {
      for (const fk of getTableConfig(table).foreignKeys) {
        const parent = getTableName(fk.reference().foreignTable);
        if (parent === getTableName(table)) continue;
        expect(exported.indexOf(parent), `${getTableName(table)} points at ${parent}`).toBeGreaterThanOrEqual(0);
        expect(exported.indexOf(parent), `${getTableName(table)} must come after ${parent}`).toBeLessThan(i);
      }
    }
  });

  it('has a schema for every exported column and documents each one in docs/export-format.md', () => {
    const doc = fs.readFileSync(path.join(import.meta.dirname, '../../docs/export-format.md'), 'utf8');
    for (const { table } of BACKUP_TABLES) {
      expect(() => rowSchema(table)).not.toThrow();
      const name = getTableName(table);
      const section = doc.split(/^### /m).find((s) => s.startsWith(`\`${name}.jsonl\``));
      expect(section, `docs/export-format.md needs a "### \`${name}.jsonl\`" section`).toBeDefined();
      for (const column of archiveColumns(table)) expect(section, `${name}.${column.name} is not documented`).toContain(`| \`${column.name}\` |`);
    }
  });
});
