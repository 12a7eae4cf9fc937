// The folder import graph of lib/: which lib/<folder> imports which, and from which files. Read by
// scripts/layering.test.ts against the bands of scripts/lib-bands.mjs. Every import counts, `import
// type`, re-exports and dynamic `import()` alike (TypeScript's own pre-processor finds them, so a
// string or a comment that looks like an import does not). Tests and test helpers are left out: they
// assemble a whole newsroom and may reach any folder (eslint.config.mjs exempts them the same way).
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export type ImportSite = { file: string; specifier: string };
/** from folder → to folder → the imports that make the edge. */
export type FolderGraph = Map<string, Map<string, ImportSite[]>>;

const ROOT = path.resolve(import.meta.dirname, '..');
const SOURCE = /\.(ts|tsx|mts|mjs|js)$/;
const TEST_ONLY = /(\.test\.tsx?|\.fixture\.ts|(^|\/)testing\.ts|(^|\/)public-test-data\.ts)$/;

/** Whether a lib/ file belongs to the product graph (not a test or a test helper). */
export function isProductFile(relative: string): boolean {
  return SOURCE.test(relative) && !TEST_ONLY.test(relative);
}

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '__snapshots__' ? [] : walk(full);
    return [full];
  });
}

/** The lib/ folder a repository-relative path lies in (`lib/articles/x.ts` → `articles`), or null. */
export function libFolderOf(relative: string): string | null {
  const parts = relative.split('/');
  if (parts[0] !== 'lib' || parts.length < 2) return null;
  // A file loose at lib/'s top level counts as a folder of its own name, so it is placed like any other.
  return parts.length === 2 ? parts[1]!.replace(SOURCE, '') : parts[1]!;
}

/** The repository-relative path an import specifier points at, or null for a package. */
export function resolveSpecifier(fromFile: string, specifier: string): string | null {
  if (specifier.startsWith('@/')) return specifier.slice(2);
  if (specifier.startsWith('.')) return path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), specifier));
  return null;
}

/** The specifiers one source text imports, of every kind. */
export function importSpecifiers(source: string): string[] {
  return ts.preProcessFile(source, true, true).importedFiles.map((f) => f.fileName);
}

/** Builds the folder graph from (file, source) pairs; paths are repository-relative with `/`. */
export function folderGraph(files: Iterable<{ file: string; source: string }>): FolderGraph {
  const graph: FolderGraph = new Map();
  for (const { file, source } of files) {
    const from = libFolderOf(file);
    if (!from) continue;
    if (!graph.has(from)) graph.set(from, new Map());
    for (const specifier of importSpecifiers(source)) {
      const target = resolveSpecifier(file, specifier);
      const to = target ? libFolderOf(target) : null;
      if (!to || to === from) continue;
      const edges = graph.get(from)!;
      if (!edges.has(to)) edges.set(to, []);
      edges.get(to)!.push({ file, specifier });
    }
  }
  return graph;
}

/** The graph of the lib/ folder on disk, product files only. */
export function libGraph(root = ROOT): FolderGraph {
  const files = walk(path.join(root, 'lib'))
    .map((full) => path.relative(root, full).split(path.sep).join('/'))
    .filter(isProductFile)
    .map((file) => ({ file, source: fs.readFileSync(path.join(root, file), 'utf8') }));
  return folderGraph(files);
}

/** Pairs of folders that import each other directly, each pair once, sorted. */
export function mutualPairs(graph: FolderGraph): [string, string][] {
  const pairs: [string, string][] = [];
  for (const [from, edges] of graph) {
    for (const to of edges.keys()) if (from < to && graph.get(to)?.has(from)) pairs.push([from, to]);
  }
  return pairs.sort();
}

/** Imports between the repository's outer folders (app, components, lib, db) that point at `to`, from product files under `from`. */
export function outerImports(from: string, to: readonly string[], root = ROOT): ImportSite[] {
  return walk(path.join(root, from))
    .map((full) => path.relative(root, full).split(path.sep).join('/'))
    .filter(isProductFile)
    .flatMap((file) =>
      importSpecifiers(fs.readFileSync(path.join(root, file), 'utf8'))
        .filter((specifier) => to.includes(resolveSpecifier(file, specifier)?.split('/')[0] ?? ''))
        .map((specifier) => ({ file, specifier })),
    );
}

// `npx tsx scripts/lib-graph.ts` prints the edges and the mutual pairs, for a person planning a move.
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const graph = libGraph();
  for (const [from, edges] of [...graph].sort()) {
    for (const [to, sites] of [...edges].sort()) console.log(`${from} -> ${to} (${sites.length}: ${[...new Set(sites.map((s) => s.file))].join(', ')})`);
  }
  console.log(`mutual pairs: ${mutualPairs(graph).map((p) => p.join(' <-> ')).join(', ') || 'none'}`);
}
