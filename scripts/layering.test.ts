// The layering rules of docs/architecture.md. Two checks of one rule set: the real import graph of lib/
// against the bands of scripts/lib-bands.mjs (and the outer folders against each other), and ESLint,
// which shows the same refusals in the editor: each import below is linted as if it stood in the named
// file, and must be refused (or allowed) by eslint.config.mjs.
import fs from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { ALLOWED_CLIMBS, BANDS, ORDER, bandOf, climbMessage, mayImport } from './lib-bands.mjs';
import { folderGraph, libGraph, mutualPairs, outerImports, type FolderGraph } from './lib-graph';

const ROOT = path.resolve(import.meta.dirname, '..');
const eslint = new ESLint({ cwd: ROOT });

async function restrictions(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${source}\nexport const used = value;\n`, { filePath: file });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}
const restricted = async (file: string, source: string) => (await restrictions(file, source)).length > 0;

/** Every import of the graph that climbs, as one line each naming both folders, their bands and a file. */
function climbs(graph: FolderGraph): { from: string; to: string; line: string }[] {
  return [...graph].flatMap(([from, edges]) =>
    [...edges]
      .filter(([to]) => !mayImport(from, to))
      .map(([to, sites]) => ({ from, to, line: `${climbMessage(from, to)} (${sites.map((s) => `${s.file}: '${s.specifier}'`).join(', ')})` })),
  );
}
const allowed = (c: { from: string; to: string }) => ALLOWED_CLIMBS.some((a) => a.from === c.from && a.to === c.to);

describe('lib/ bands (scripts/lib-bands.mjs)', () => {
  const graph = libGraph();

  it('places every folder of lib/ in a band, and leaves no file loose at its top level', () => {
    const onDisk = fs.readdirSync(path.join(ROOT, 'lib'));
    expect(onDisk.filter((name) => !bandOf(name)).map((name) => `lib/${name} is in no band: add it to scripts/lib-bands.mjs and docs/architecture.md`)).toEqual([]);
    expect(new Set(ORDER).size).toBe(ORDER.length);
  });

  it('has no import that climbs a band, outside the allowlist', () => {
    expect(climbs(graph).filter((c) => !allowed(c)).map((c) => c.line)).toEqual([]);
  });

  it('only shrinks its allowlist: every allowed climb still exists', () => {
    const stale = ALLOWED_CLIMBS.filter((a) => !graph.get(a.from)?.has(a.to) || mayImport(a.from, a.to));
    expect(stale.map((a) => `lib/${a.from} no longer climbs to lib/${a.to}: remove it from ALLOWED_CLIMBS`)).toEqual([]);
  });

  it('reports how many pairs of folders import each other (none once the allowlist is empty)', () => {
    const pairs = mutualPairs(graph);
    if (ALLOWED_CLIMBS.length === 0) expect(pairs).toEqual([]);
    // Each remaining pair needs an allowed climb: the strict order admits no pair otherwise.
    for (const [a, b] of pairs) expect(allowed({ from: a, to: b }) || allowed({ from: b, to: a })).toBe(true);
  });

  it('catches a deliberate violation in a synthetic graph, of every import kind', () => {
    const synthetic = folderGraph([
      { file: 'lib/cache/a.ts', source: "import { x } from '@/lib/articles/public';" },
      { file: 'lib/cache/b.ts', source: "import type { Y } from '../tags/public';" },
      { file: 'lib/core/c.ts', source: "export { z } from '@/lib/runtime/jobs';\nconst m = await import('@/lib/site/home');" },
      { file: 'lib/articles/d.ts', source: "import { ok } from '@/lib/cache/tags';\nimport { own } from './public';\n// import { no } from '@/lib/runtime/jobs';" },
    ]);
    const found = climbs(synthetic);
    expect(found.map((c) => `${c.from}->${c.to}`).sort()).toEqual(['cache->articles', 'cache->tags', 'core->runtime', 'core->site']);
    expect(found.find((c) => c.to === 'articles')!.line).toContain('lib/cache (band base) may not import lib/articles (band entities)');
    const pair = folderGraph([
      { file: 'lib/tags/a.ts', source: "import { a } from '@/lib/articles/public';" },
      { file: 'lib/articles/b.ts', source: "import { b } from '@/lib/tags/public';" },
    ]);
    expect(mutualPairs(pair)).toEqual([['articles', 'tags']]);
  });

  it('keeps the bands in the order docs/architecture.md shows', () => {
    const doc = fs.readFileSync(path.join(ROOT, 'docs/architecture.md'), 'utf8');
    for (const { band, folders } of BANDS) expect(doc).toContain(`| ${band} | ${folders.map((f) => `\`${f}\``).join(', ')} |`);
  });
});

describe('outer layers (app → components → lib → db)', () => {
  it('keeps db/ free of the app, lib/ free of routes and components, components/ free of routes and db/', () => {
    expect(outerImports('db', ['lib', 'app', 'components'])).toEqual([]);
    expect(outerImports('lib', ['app', 'components'])).toEqual([]);
    expect(outerImports('components', ['app', 'db'])).toEqual([]);
    expect(outerImports('app', ['db'])).toEqual([]);
  });
});

describe('import layering in ESLint', () => {
  it.each([
    ['app/(site)/x/page.tsx', "import { value } from '@/db/client';"],
    ['components/site/x.tsx', "import { value } from '@/db/schema';"],
    ['components/site/x.tsx', "import { value } from '@/app/(site)/page-param';"],
    ['db/x.ts', "import { value } from '@/lib/core/slug';"],
    ['lib/seo/x.ts', "import { value } from '@/lib/articles/working-copy';"],
    ['lib/users/x.ts', "import { value } from '@/components/site/byline';"],
    ['lib/core/x.ts', "import { value } from '@/lib/articles/public';"],
    ['lib/content/x.ts', "import { value } from '@/lib/media/public';"],
    ['lib/seo/x.ts', "import { value } from '@/lib/articles/testing';"],
    // Climbs: a folder may not import one listed after it, nor one of a higher band.
    ['lib/cache/x.ts', "import { value } from '@/lib/seo/feed';"],
    ['lib/content/x.ts', "import type { value } from '@/lib/runtime/jobs';"],
    ['lib/sessions/x.ts', "import { value } from '@/lib/users/staff';"],
    ['lib/media/x.ts', "import { value } from '@/lib/tags/public';"],
    ['lib/articles/x.ts', "import { value } from '../seo/feed';"],
    ['lib/import/wordpress/x.ts', "import { value } from '../../demo/index';"],
  ])('refuses, in %s: %s', async (file, source) => {
    expect(await restricted(file, source)).toBe(true);
  });

  it('names both folders and their bands when it refuses a climb', async () => {
    const messages = await restrictions('lib/cache/x.ts', "import { value } from '@/lib/seo/feed';");
    expect(messages.some((m) => m.includes(climbMessage('cache', 'seo')))).toBe(true);
  });

  it.each([
    ['app/(site)/x/page.tsx', "import { value } from '@/lib/articles/public';"],
    ['components/site/x.tsx', "import { value } from '@/lib/core/public-types';"],
    ['lib/articles/x.ts', "import { value } from '@/lib/tags/public';"],
    ['lib/articles/x.ts', "import { value } from '@/lib/articles/working-copy';"],
    ['lib/articles/x.ts', "import { value } from '@/db/schema';"],
    ['lib/content/x.ts', "import { value } from '@/lib/core/slug';"],
    ['lib/core/x.ts', "import { value } from '@/lib/config/env';"],
    ['lib/auth/x.ts', "import { value } from '@/lib/sessions/lifecycle';"],
    ['lib/runtime/x.ts', "import { value } from '@/lib/scheduling/job';"],
    ['lib/media/x.test.ts', "import { value } from '@/lib/articles/testing';"],
  ])('allows, in %s: %s', async (file, source) => {
    expect(await restricted(file, source)).toBe(false);
  });
});
