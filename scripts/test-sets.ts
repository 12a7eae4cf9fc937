// Which Vitest files are integration tests (their imports reach db/client.ts, so they need a test
// database and run again on PostgreSQL) and which are unit tests (the rest: no database, run once).
// vitest.config.ts builds its two projects from this; scripts/test-sets.test.ts guards it.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { resolveSpecifier } from './lib-graph.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
/** Where Vitest looks for test files (vitest.config.ts `include`). */
export const TEST_FOLDERS = ['lib', 'db', 'app', 'components', 'scripts'];
const TEST_FILE = /\.test\.tsx?$/;
/** The module that opens the database: a test whose imports reach it is an integration test. */
export const DATABASE_MODULE = 'db/client.ts';
// What an extensionless specifier may name, in the order the bundler tries them.
const CANDIDATES = ['', '.ts', '.tsx', '.mts', '.mjs', '.js', '/index.ts', '/index.tsx'];

/**
 * The specifiers a source loads when it runs: imports, re-exports and dynamic `import()`, but not
 * `import type` or `export type` (erased, they load nothing), nor an import of types only.
 */
export function runtimeSpecifiers(source: string, fileName = 'x.tsx'): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const named = clause?.namedBindings;
      const typesOnly = clause && (clause.isTypeOnly || (!clause.name && named && ts.isNamedImports(named) && named.elements.length > 0 && named.elements.every((e) => e.isTypeOnly)));
      if (!typesOnly) found.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      if (!node.isTypeOnly) found.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteralLike(node.arguments[0])) {
      found.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

export type TestSets = { unit: string[]; integration: string[]; unresolved: { file: string; specifier: string }[] };

function walk(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) return [];
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

/** Every test file Vitest runs, repository-relative with `/`, sorted. */
export function testFiles(root = ROOT): string[] {
  return TEST_FOLDERS.flatMap((folder) => walk(path.join(root, folder)))
    .map((full) => path.relative(root, full).split(path.sep).join('/'))
    .filter((file) => TEST_FILE.test(file))
    .sort();
}

/** Splits the test files by whether their import graph reaches the database module. */
export function testSets(root = ROOT): TestSets {
  const unresolved: TestSets['unresolved'] = [];
  const resolve = (target: string) => CANDIDATES.map((c) => target + c).find((f) => fs.statSync(path.join(root, f), { throwIfNoEntry: false })?.isFile());
  const tests = testFiles(root);

  // The import graph of everything the tests load, read once per file, then walked backwards from
  // the database module: whatever reaches it, directly or not, is an integration test.
  const importedBy = new Map<string, string[]>();
  const seen = new Set<string>(tests);
  const queue = [...tests];
  while (queue.length) {
    const file = queue.pop()!;
    if (!/\.(ts|tsx|mts|mjs|js)$/.test(file)) continue;
    for (const specifier of runtimeSpecifiers(fs.readFileSync(path.join(root, file), 'utf8'), file)) {
      const target = resolveSpecifier(file, specifier);
      if (target === null) continue; // a package
      const resolved = resolve(target);
      if (!resolved) {
        unresolved.push({ file, specifier });
        continue;
      }
      if (!importedBy.has(resolved)) importedBy.set(resolved, []);
      importedBy.get(resolved)!.push(file);
      if (!seen.has(resolved)) {
        seen.add(resolved);
        queue.push(resolved);
      }
    }
  }
  const reaching = new Set([DATABASE_MODULE]);
  const back = [DATABASE_MODULE];
  while (back.length) {
    for (const importer of importedBy.get(back.pop()!) ?? []) {
      if (reaching.has(importer)) continue;
      reaching.add(importer);
      back.push(importer);
    }
  }
  return { unit: tests.filter((f) => !reaching.has(f)), integration: tests.filter((f) => reaching.has(f)), unresolved };
}

// `npx tsx scripts/test-sets.ts` lists both sets.
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const sets = testSets();
  console.log(`integration (${sets.integration.length}):\n  ${sets.integration.join('\n  ')}\nunit (${sets.unit.length}):\n  ${sets.unit.join('\n  ')}`);
  for (const u of sets.unresolved) console.log(`unresolved: ${u.file} imports ${u.specifier}`);
}
