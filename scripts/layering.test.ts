// The layering rules of docs/architecture.md, as ESLint enforces them: each import below is linted as if
// it stood in the named file, and must be refused (or allowed) by eslint.config.mjs.
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: path.resolve(import.meta.dirname, '..') });

async function restricted(file: string, source: string): Promise<boolean> {
  const [result] = await eslint.lintText(`${source}\nexport const used = value;\n`, { filePath: file });
  return (result?.messages ?? []).some((m) => m.ruleId === 'no-restricted-imports');
}

describe('import layering', () => {
  it.each([
    ['app/(site)/x/page.tsx', "import { value } from '@/db/client';"],
    ['components/site/x.tsx', "import { value } from '@/db/schema';"],
    ['components/site/x.tsx', "import { value } from '@/app/(site)/page-param';"],
    ['db/x.ts', "import { value } from '@/lib/core/slug';"],
    ['lib/tags/x.ts', "import { value } from '@/lib/articles/working-copy';"],
    ['lib/users/x.ts', "import { value } from '@/components/site/byline';"],
    ['lib/core/x.ts', "import { value } from '@/lib/articles/public';"],
    ['lib/content/x.ts', "import { value } from '@/lib/media/public';"],
    ['lib/media/x.ts', "import { value } from '@/lib/articles/testing';"],
  ])('refuses, in %s: %s', async (file, source) => {
    expect(await restricted(file, source)).toBe(true);
  });

  it.each([
    ['app/(site)/x/page.tsx', "import { value } from '@/lib/articles/public';"],
    ['components/site/x.tsx', "import { value } from '@/lib/core/public-types';"],
    ['lib/tags/x.ts', "import { value } from '@/lib/articles/public';"],
    ['lib/articles/x.ts', "import { value } from '@/lib/articles/working-copy';"],
    ['lib/articles/x.ts', "import { value } from '@/db/schema';"],
    ['lib/content/x.ts', "import { value } from '@/lib/core/slug';"],
    ['lib/core/x.ts', "import { value } from '@/lib/config/env';"],
    ['lib/media/x.test.ts', "import { value } from '@/lib/articles/testing';"],
  ])('allows, in %s: %s', async (file, source) => {
    expect(await restricted(file, source)).toBe(false);
  });
});
