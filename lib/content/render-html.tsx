// The article body as an HTML string (RSS content:encoded), made by react-dom/server's
// renderToStaticMarkup from the very same element tree the article page renders.
import 'server-only';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { DocJSON } from '@/db/schema';
import { renderArticleBody, type RenderBodyOptions } from './render';

type DomServer = { renderToStaticMarkup: (node: React.ReactNode) => string };

let domServer: DomServer | undefined;

/**
 * Route handlers run in Next's React Server Components bundle, where `react-dom/server` is replaced by a
 * stub that throws (its "react-server" export condition). The body tree is plain elements and hook-free
 * function components, which the ordinary Node build renders fine, so that build is loaded at run time
 * through Node's own resolver (the computed name keeps the bundler from swapping in the stub).
 */
function loadDomServer(): DomServer {
  domServer ??= createRequire(path.join(process.cwd(), 'package.json'))(['react-dom', 'server'].join('/')) as DomServer;
  return domServer;
}

export function renderArticleBodyToHtml(doc: DocJSON, options: RenderBodyOptions = {}): string {
  return loadDomServer().renderToStaticMarkup(<>{renderArticleBody(doc, options)}</>);
}
