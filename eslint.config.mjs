// Lint rules: Next's core-web-vitals and TypeScript sets, plus the few house rules from DESIGN.md.
import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores(['.next*/**', 'node_modules/**', '.data*/**', '.e2e-data*/**', 'next-env.d.ts', 'db/migrations/**', 'bench/tmp/**', 'test-results/**', 'playwright-report/**']),
  {
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@/db/*', '@/db', '../db/*'], message: 'Only lib/ may touch the database.' },
          ],
        },
      ],
    },
  },
  {
    files: ['lib/**', 'db/**', 'scripts/**', 'e2e/**', 'bench/**', '*.config.*', 'instrumentation.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
]);
