// No public page pays for a feature it does not show: each page type is opened in Chromium, the
// scripts it loads are recorded, and each is traced to the features whose code it holds. Next's chunks
// are traced through the build's client reference manifests (which chunks each client component needs),
// never by hashed names; a plain-script island is traced by its address in the route manifest.
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { LIVE_ARTICLE } from '../lib/demo/content-live';
import { CORRECTED_SEED_SLUG } from './pages/site';

test.describe.configure({ mode: 'parallel' });

type Feature = 'live coverage' | 'co-editing' | 'dashboard' | 'sign-in';

/** Which feature a client module belongs to, by where its source lives; null: shared (framework, site shell). */
const FEATURE_SOURCES: [Feature, RegExp][] = [
  ['live coverage', /(^|\/)(components\/site\/live-|lib\/live\/)/],
  ['co-editing', /(^|\/)(components\/editor\/|lib\/collab\/)/],
  ['dashboard', /(^|\/)(components\/dashboard\/|app\/\(dashboard\)\/)/],
  ['sign-in', /(^|\/)(app\/login\/|app\/set-password\/)/],
];
const featureOfSource = (source: string) => FEATURE_SOURCES.find(([, re]) => re.test(source))?.[0] ?? null;

/** Plain-script islands (not Next chunks), by address: the feature each one serves. */
async function islandFeatures(): Promise<Map<string, Feature>> {
  const routes: Record<string, unknown> = await import('../lib/core/routes');
  const livePath = routes.liveCoverageScriptPath;
  return new Map(typeof livePath === 'string' ? [[livePath, 'live coverage' as Feature]] : []);
}

/** Every client reference manifest of the build, merged: client module -> the chunk files it needs. */
function clientModuleChunks(): Map<string, Set<string>> {
  // The build the e2e server runs (NEXT_DIST_DIR, as lib/config/env reads it).
  const root = path.join(process.env.NEXT_DIST_DIR || '.next', 'server', 'app');
  const modules = new Map<string, Set<string>>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('client-reference-manifest.js')) {
        const sandbox = { globalThis: {} as { __RSC_MANIFEST?: Record<string, { clientModules: Record<string, { chunks: string[] }> }> } };
        vm.runInNewContext(fs.readFileSync(full, 'utf8'), sandbox);
        for (const manifest of Object.values(sandbox.globalThis.__RSC_MANIFEST ?? {})) {
          for (const [id, mod] of Object.entries(manifest.clientModules)) {
            const set = modules.get(id) ?? new Set<string>();
            for (const chunk of mod.chunks) if (chunk.endsWith('.js')) set.add(chunkName(chunk));
            modules.set(id, set);
          }
        }
      }
    }
  };
  walk(root);
  return modules;
}

/** A chunk's file name as the manifest and the browser both know it (`…/static/chunks/<name>`). */
const chunkName = (pathOrUrl: string) => pathOrUrl.replace(/^.*\/static\/chunks\//, '');

/**
 * The chunks holding a feature's code: needed by one of its client modules and by no module outside the
 * features (the framework's and the site shell's shared chunks are no feature's).
 */
function featureChunks(): Map<string, Set<Feature>> {
  const shared = new Set<string>();
  const owners = new Map<string, Set<Feature>>();
  for (const [id, chunks] of clientModuleChunks()) {
    const feature = featureOfSource(id);
    for (const chunk of chunks) {
      if (!feature) shared.add(chunk);
      else owners.set(chunk, (owners.get(chunk) ?? new Set()).add(feature));
    }
  }
  for (const chunk of shared) owners.delete(chunk);
  return owners;
}

/** The scripts a page loads, from its first byte until the network is quiet. */
async function scriptsLoaded(page: Page, url: string): Promise<string[]> {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  return scripts;
}

const PAGE_TYPES: { name: string; url: string; shows: Feature[] }[] = [
  { name: 'home', url: '/', shows: [] },
  { name: 'tag (section)', url: '/tag/climate', shows: [] },
  { name: 'author', url: '/author/tomas-reyne', shows: [] },
  { name: 'article', url: `/news/${CORRECTED_SEED_SLUG}`, shows: [] },
  { name: 'live article', url: `/news/${LIVE_ARTICLE.slug}`, shows: ['live coverage'] },
  { name: 'search', url: '/search?q=river', shows: [] },
  { name: '404', url: '/no-such-page-for-chunks', shows: [] },
];

test('the build names the chunks of the features it checks (else every page would pass)', () => {
  const owned = [...featureChunks().values()].flatMap((features) => [...features]);
  for (const feature of ['dashboard', 'co-editing', 'sign-in'] as const) expect(owned, `no chunk found for ${feature}`).toContain(feature);
});

for (const type of PAGE_TYPES) {
  test(`the ${type.name} page loads no code of a feature it does not show`, async ({ page }) => {
    const [chunks, islands] = [featureChunks(), await islandFeatures()];
    const scripts = await scriptsLoaded(page, type.url);
    const loadedFeatures = new Set<Feature>();
    const strays: string[] = [];
    for (const script of scripts) {
      if (script.startsWith('/_next/static/chunks/')) {
        for (const feature of chunks.get(chunkName(script)) ?? []) {
          loadedFeatures.add(feature);
          if (!type.shows.includes(feature)) strays.push(`${script} (${feature})`);
        }
        continue;
      }
      const feature = islands.get(script);
      // A script from anywhere else is one nobody accounted for.
      if (!feature) strays.push(`${script} (not a Next chunk nor a known island)`);
      else if (!type.shows.includes(feature)) strays.push(`${script} (${feature})`);
      if (feature) loadedFeatures.add(feature);
    }
    expect(strays, `${type.url} loads code of features it does not show`).toEqual([]);
    // And the page does load what it shows: the live list keeps itself up to date.
    for (const feature of type.shows) expect([...loadedFeatures], `${type.url} loads the code of ${feature}`).toContain(feature);
  });
}
