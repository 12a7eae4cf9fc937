// No literal public path outside the route manifest (lib/core/route-manifest.ts): a string or template
// piece in app/, components/ or lib/ that starts with one of the manifest's first segments ("/news/…",
// '/feed.xml', `/tag/${slug}`) must be a builder call of lib/core/routes.ts instead, so an address is
// written once. Comments and regular expressions are not read (TypeScript's scanner tells them apart);
// tests and test helpers are left out, as in the layering graph.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { PER_REQUEST_SEGMENTS, ROUTES } from '@/lib/core/route-manifest';
import { isProductFile } from './lib-graph';

const ROOT = path.resolve(import.meta.dirname, '..');
const MANIFEST = 'lib/core/route-manifest.ts';

/** Segments whose paths are still written out in place, each with why (the list only shrinks). */
const NOT_YET: Record<string, string> = {};

/** Literals that are not Byline's addresses, by file: WordPress's own, which an import redirects from. */
const ALLOWED: Record<string, readonly string[]> = {
  'lib/import/wordpress/old-urls.ts': ['/tag/', '/author/'],
};

const SEGMENTS = [...new Set(Object.values(ROUTES).map((r) => r.source.split('/')[1]!))].filter((s) => s !== '' && !s.startsWith(':') && !(s in NOT_YET));
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PUBLIC_PATH = new RegExp(`^/(?:${SEGMENTS.map(escape).join('|')})(?=$|[/?#])`);
/** A quick look at the raw text first: most files never mention a segment, and parsing is the slow part. */
const MENTION = new RegExp(`/(?:${SEGMENTS.map(escape).join('|')})(?=$|[/?#'"\`$])`, 'm');

/** The string and template pieces of a source file that start with a public path. */
export function publicPathLiterals(fileName: string, source: string): string[] {
  if (!MENTION.test(source)) return [];
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      if (PUBLIC_PATH.test(node.text)) found.push(node.text);
    } else node.forEachChild(visit);
  };
  visit(file);
  return found;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(relative);
    return /\.(ts|tsx)$/.test(entry.name) && isProductFile(relative) ? [relative] : [];
  });
}

describe('public paths (lib/core/route-manifest.ts)', () => {
  it('finds a literal public path, in strings and template pieces, and not in comments or regular expressions', () => {
    // The deliberate violations: each of these would pass unseen if the scanner were blind to it.
    const source = [
      "const a = '/tag/city';",
      'const b = `/news/${slug}`;',
      'const c = `${base}/page/${n}`;',
      'const d = <a href="/feed.xml">feed</a>;',
      "const e = '/search?q=x';",
      'const i = `/corrections${query}`;',
      '// a comment about "/news/%00"',
      'const f = /^\\/set-password\\//;',
      "const g = '/newsletter';",
      "const h = 'https://example.com/news/x';",
      "const j = <Link href=\"/dashboard/tags\">Tags</Link>;",
    ].join('\n');
    expect(publicPathLiterals('x.tsx', source)).toEqual(['/tag/city', '/news/', '/page/', '/feed.xml', '/search?q=x', '/corrections', '/dashboard/tags']);
  });

  it('reads its segments from the manifest', () => {
    for (const segment of ['news', 'tag', 'author', 'page', 'corrections', 'search', 'feed.xml', 'sitemaps', 'media', 'login', 'preview', 'dashboard']) expect(SEGMENTS).toContain(segment);
  });

  it('has none in app/, components/ or lib/ outside the manifest', () => {
    const files = ['app', 'components', 'lib'].flatMap(sourceFiles).filter((f) => f !== MANIFEST);
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((file) => {
      const allowed = ALLOWED[file] ?? [];
      return publicPathLiterals(file, fs.readFileSync(path.join(ROOT, file), 'utf8'))
        .filter((text) => !allowed.includes(text))
        .map((text) => `${file}: '${text}' (use a builder of lib/core/routes.ts)`);
    });
    expect(found).toEqual([]);
  });

  it("lists every per-request route in proxy.ts's matcher, which Next needs literal", () => {
    const proxy = fs.readFileSync(path.join(ROOT, 'proxy.ts'), 'utf8');
    const matcher = proxy.slice(proxy.indexOf('matcher:'));
    for (const segment of PER_REQUEST_SEGMENTS) expect(matcher, segment).toMatch(new RegExp(`'/${escape(segment)}(?:/:path\\*)?'`));
  });

  it('keeps its allowlist true: every allowed literal is still there', () => {
    for (const [file, texts] of Object.entries(ALLOWED)) {
      const found = publicPathLiterals(file, fs.readFileSync(path.join(ROOT, file), 'utf8'));
      for (const text of texts) expect(found, `${file}: '${text}' is gone, drop it from ALLOWED`).toContain(text);
    }
  });
});
