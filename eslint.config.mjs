// Lint rules: Next's core-web-vitals and TypeScript sets, plus the house rules from DESIGN.md, among
// them the layering of docs/architecture.md ("what each folder may import"), enforced per folder.
// A later block replaces `no-restricted-imports` for the files it matches, so each block lists all of
// its folder's rules.
import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import { ORDER, climbMessage, forbiddenFor } from './scripts/lib-bands.mjs';

const noDatabase = { group: ['@/db', '@/db/*', '**/db/*'], message: 'Only lib/ may touch the database: go through a lib/<domain> function.' };
const noApp = { group: ['@/app/*', '**/app/*'], message: 'app/ is the top layer: nothing imports a route file.' };
const noComponents = { group: ['@/components/*'], message: 'lib/ returns data (DTOs); rendering belongs to components/.' };
/** lib/articles' own machinery: other domains use its public reads and writes, never these. */
const articleInternals = {
  group: ['@/lib/articles/working-copy', '@/lib/articles/publish-copy', '@/lib/articles/revision-log', '@/lib/articles/validation', '@/lib/articles/public-cards', '@/lib/articles/invalidate'],
  message: "Another domain's internals: use lib/articles' public functions, or move the shared piece to lib/core.",
};
/** Test helpers stay in tests. */
const testHelpers = { group: ['@/lib/*/testing', '@/lib/*/public-test-data', '@/db/testing'], message: 'Test helpers are for *.test.ts files only.' };
/** The bands of lib/ (scripts/lib-bands.mjs): a folder imports no folder listed after it, by alias or relative path. */
const climbs = (folder) =>
  forbiddenFor(folder).map((to) => ({
    group: [`@/lib/${to}`, `@/lib/${to}/*`, `../${to}`, `../${to}/*`, `../../${to}`, `../../${to}/*`],
    message: climbMessage(folder, to),
  }));

const restrict = (...patterns) => ['error', { patterns }];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores(['.next*/**', 'node_modules/**', '.data*/**', '.e2e-data*/**', 'next-env.d.ts', 'db/migrations/**', 'bench/tmp/**', 'test-results/**', 'playwright-report/**']),
  // app/: routes and actions reach data only through lib/.
  { files: ['app/**', 'proxy.ts'], rules: { 'no-restricted-imports': restrict(noDatabase, testHelpers) } },
  // components/: presentation; lib/ types and pure helpers only.
  { files: ['components/**'], rules: { 'no-restricted-imports': restrict(noDatabase, noApp, testHelpers) } },
  // db/: schema, client and migrations import nothing of the app.
  {
    files: ['db/**'],
    rules: {
      'no-restricted-imports': restrict({ group: ['@/lib/*', '@/app/*', '@/components/*', '**/lib/*', '**/app/*', '**/components/*'], message: 'db/ imports nothing of the app.' }),
    },
  },
  // lib/<domain>/: no routes, no components, no other domain's internals.
  { files: ['lib/**'], rules: { 'no-restricted-imports': restrict(noApp, noComponents, articleInternals, testHelpers) } },
  // One block per folder of lib/, in band order: the rules above plus the folders it may not climb to.
  ...ORDER.map((folder) => ({
    files: [`lib/${folder}/**`],
    rules: { 'no-restricted-imports': restrict(noApp, noComponents, ...(folder === 'articles' ? [] : [articleInternals]), testHelpers, ...climbs(folder)) },
  })),
  // Tests, fixtures, scripts and tooling may reach anywhere they need.
  {
    files: ['**/*.test.ts', '**/*.test.tsx', '**/testing.ts', '**/*.fixture.ts', 'lib/articles/public-test-data.ts', 'scripts/**', 'e2e/**', 'bench/**', '*.config.*', 'vitest.setup.ts', 'vitest.unit-setup.ts', 'vitest.global-setup.ts', 'instrumentation.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
]);
