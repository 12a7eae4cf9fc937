// The guard on the two Vitest projects: every test file is in exactly one, a file is an integration
// test exactly when its runtime imports reach db/client.ts, and the import reading misses nothing.
import { describe, expect, it } from 'vitest';
import { runtimeSpecifiers, testFiles, testSets } from './test-sets';

const sets = testSets();

describe('the unit and integration test sets', () => {
  it('hold every test file exactly once', () => {
    expect([...sets.unit, ...sets.integration].sort()).toEqual(testFiles());
    expect(sets.unit.filter((f) => sets.integration.includes(f))).toEqual([]);
  });

  it('resolve every local import, so none can hide a path to the database', () => {
    expect(sets.unresolved).toEqual([]);
  });

  it('put tests of the database in integration and pure ones in unit', () => {
    for (const file of ['db/client.test.ts', 'lib/backup/bombs.test.ts', 'lib/articles/workflow.test.ts']) expect(sets.integration).toContain(file);
    for (const file of ['lib/core/slug.test.ts', 'lib/permissions/can.test.ts', 'scripts/test-sets.test.ts']) expect(sets.unit).toContain(file);
  });
});

describe('reading what a module loads', () => {
  it('counts imports, re-exports, side-effect imports and dynamic import()', () => {
    const source = `import a from './a';\nimport { b, type B } from '@/b';\nimport './c';\nexport { d } from './d';\nexport * from './e';\nconst f = await import('./f');\nvi.hoisted(async () => (await import('@/g')).x);`;
    expect(runtimeSpecifiers(source, 'x.ts')).toEqual(['./a', '@/b', './c', './d', './e', './f', '@/g']);
  });

  it('leaves out what only names types, since it loads nothing', () => {
    const source = `import type { A } from './a';\nimport { type B, type C } from './b';\nexport type { D } from './d';`;
    expect(runtimeSpecifiers(source, 'x.ts')).toEqual([]);
  });
});
