// Article tables are written only inside lib/articles (issue 19: one write path per entity): no insert,
// update or delete of a table of db/schema/articles.ts in lib/, app/ or scripts/ elsewhere, whether
// through Drizzle (`tx.insert(articles)`) or raw SQL (`sql\`update ${publishedArticles} …\``,
// "delete from article_tags"). TypeScript's parser reads the files, so comments do not count; tests and
// test helpers are left out, as in the layering graph. The few writes that stay elsewhere are listed
// below with why, and the list fails when one of them is gone.
import fs from 'node:fs';
import path from 'node:path';
import { getTableName, is } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as articleSchema from '@/db/schema/articles';
import { isProductFile } from './lib-graph';

const ROOT = path.resolve(import.meta.dirname, '..');
const OWNER = 'lib/articles/';

/** Export name → SQL name of every table db/schema/articles.ts defines. */
const TABLES = new Map(Object.entries(articleSchema).flatMap(([name, value]) => (is(value, PgTable) ? [[name, getTableName(value)] as const] : [])));
const SQL_NAMES = [...TABLES.values()];

/** Writes of article tables outside lib/articles, by file, each table with why it stays there. */
const ALLOWED: Record<string, Record<string, string>> = {
  'lib/tags/manage.ts': {
    article_tags: 'merging a tag is one set-based statement over every article carrying it, with no revision or version bump: the article did not change, its tag did',
    published_articles: "merging or deleting a tag rewrites the public copies' tag lists in place, the same set-based write",
  },
  'lib/collab/state-store.ts': {
    article_collab_states: "the live document's stored Yjs state belongs to lib/collab, which sits above lib/articles (lib/articles only marks it stale)",
  },
  'scripts/bench.ts': { articles: 'benchmark: copies of a demo draft for the edge run', article_tags: 'benchmark', article_authors: 'benchmark' },
  'scripts/bench-export.ts': { articles: 'benchmark: 100,000 rows in bulk', published_articles: 'benchmark', revisions: 'benchmark' },
};

const WRITE_METHODS = new Set(['insert', 'update', 'delete']);
const SQL_WRITE_BEFORE = /\b(?:insert\s+into|update|delete\s+from)\s*$/i;
const SQL_WRITE_NAMED = new RegExp(`\\b(?:insert\\s+into|update|delete\\s+from)\\s+"?(${SQL_NAMES.join('|')})\\b`, 'gi');

/** The SQL names of the article tables a source file writes (each once, in order of appearance). */
export function articleTableWrites(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  // Which local names stand for an article table: named imports from db/schema (renamed or not), and namespace imports of it.
  const local = new Map<string, string>();
  const namespaces = new Set<string>();
  for (const statement of file.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    if (!/(^@\/db\/schema|\/schema)(\/|$)/.test(statement.moduleSpecifier.text)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (bindings && ts.isNamespaceImport(bindings)) namespaces.add(bindings.name.text);
    if (bindings && ts.isNamedImports(bindings)) {
      for (const element of bindings.elements) {
        const table = TABLES.get((element.propertyName ?? element.name).text);
        if (table) local.set(element.name.text, table);
      }
    }
  }
  const tableOf = (node: ts.Node): string | undefined => {
    if (ts.isIdentifier(node)) return local.get(node.text);
    if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression) && namespaces.has(node.expression.text)) return TABLES.get(node.name.text);
    return undefined;
  };
  const found: string[] = [];
  const add = (table: string | undefined) => {
    if (table && !found.includes(table)) found.push(table);
  };
  const named = (text: string) => {
    for (const match of text.matchAll(SQL_WRITE_NAMED)) add(match[1]!.toLowerCase());
  };
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && WRITE_METHODS.has(node.expression.name.text) && node.arguments[0]) {
      add(tableOf(node.arguments[0]));
    } else if (ts.isTemplateExpression(node)) {
      let before = node.head.text;
      named(before);
      for (const span of node.templateSpans) {
        if (SQL_WRITE_BEFORE.test(before)) add(tableOf(span.expression));
        before = span.literal.text;
        named(before);
      }
    } else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) named(node.text);
    node.forEachChild(visit);
  };
  visit(file);
  return found;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(relative);
    return /\.(ts|tsx)$/.test(entry.name) && isProductFile(relative) ? [relative] : [];
  });
}

const writesOf = (file: string) => articleTableWrites(file, fs.readFileSync(path.join(ROOT, file), 'utf8'));

describe('article table writes (only lib/articles)', () => {
  it('knows the tables of db/schema/articles.ts', () => {
    for (const table of ['articles', 'article_tags', 'article_authors', 'published_articles', 'revisions', 'article_collab_states']) expect(SQL_NAMES).toContain(table);
  });

  it('finds Drizzle and raw SQL writes, renamed and namespaced imports too, and not reads or comments', () => {
    // The deliberate violations: each of these would pass unseen if the scanner were blind to it.
    const source = [
      "import { articles, articleTags as links, publishedArticles, revisions, users } from '@/db/schema';",
      "import * as schema from '@/db/schema';",
      'await tx.insert(articles).values(row);',
      'await db.delete(links).where(x);',
      'await tx.execute(sql`update ${publishedArticles} set tag_ids = ${ids}`);',
      'await tx.update(schema.articleAuthors).set({ position: 0 });',
      "await db.execute('DELETE FROM article_collab_states');",
      'await tx.select().from(revisions);',
      'await tx.insert(users).values(person);',
      '// tx.insert(revisions) in a comment',
      'const q = sql`select * from ${revisions} where id in (select article_id from ${articles})`;',
    ].join('\n');
    expect(articleTableWrites('x.ts', source)).toEqual(['articles', 'article_tags', 'published_articles', 'article_authors', 'article_collab_states']);
  });

  it('has none in lib/, app/ or scripts/ outside lib/articles but the listed ones', () => {
    const files = ['lib', 'app', 'scripts'].flatMap(sourceFiles).filter((f) => !f.startsWith(OWNER));
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((file) =>
      writesOf(file)
        .filter((table) => !ALLOWED[file]?.[table])
        .map((table) => `${file}: writes ${table} (go through lib/articles, e.g. lib/articles/system-write.ts)`),
    );
    expect(found).toEqual([]);
  });

  it('keeps its allowlist true: every listed write is still there', () => {
    for (const [file, tables] of Object.entries(ALLOWED)) {
      const found = fs.existsSync(path.join(ROOT, file)) ? writesOf(file) : [];
      for (const table of Object.keys(tables)) expect(found, `${file} no longer writes ${table}: drop it from ALLOWED`).toContain(table);
    }
  });
});
