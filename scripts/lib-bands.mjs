// The floor plan of lib/ (docs/architecture.md, "Bands"): its folders in bands, lowest first. The order
// is strict, across bands and within each: a folder may import only the folders listed before it (and
// itself), never one listed after it, so no two folders can ever import each other. Read by
// scripts/layering.test.ts (against the real import graph, scripts/lib-graph.ts) and eslint.config.mjs
// (one no-restricted-imports block per folder), so a climb fails the test, the lint and the editor.
// A folder named here that does not exist yet is a planned one: its place is kept for it.

/** @type {readonly { band: string; why: string; folders: readonly string[] }[]} */
export const BANDS = [
  {
    band: 'base',
    why: 'settings, shared types and helpers, the newsroom clock and words, the document model, the permission rule, request security, the audit trail and cache expiry: what every domain builds on, knowing no domain',
    folders: ['config', 'core', 'i18n', 'content', 'security', 'permissions', 'audit', 'cache'],
  },
  {
    band: 'identity',
    why: 'who is asking: staff sessions, then sign-in built on them',
    folders: ['sessions', 'auth'],
  },
  {
    band: 'entities',
    why: "the newsroom's things, each owning its tables, reads and writes; a later one may show an earlier one (an article card shows its media, bylines, tags and live flag); old addresses come first, as articles, tags and authors record theirs",
    folders: ['redirects', 'media', 'users', 'tags', 'live', 'articles', 'settings', 'members', 'newsletters', 'comments'],
  },
  {
    band: 'features',
    why: 'work across several entities: live editing, search engines and feeds, import, export and restore, the demo, scheduling',
    folders: ['collab', 'seo', 'import', 'backup', 'demo', 'scheduling', 'analytics', 'federation', 'planning', 'api'],
  },
  {
    band: 'site',
    why: 'the read models behind public pages that combine entities (home, tag and author pages, navigation)',
    folders: ['site'],
  },
  {
    band: 'runtime',
    why: 'the server process: request hook, start-up, background jobs; it wires everything below',
    folders: ['runtime'],
  },
];

/**
 * Climbs tolerated for now, each with the move that will end it. The test fails when one of them no
 * longer exists, so the list only shrinks; ESLint lets exactly these through.
 * @type {readonly { from: string; to: string; why: string }[]}
 */
export const ALLOWED_CLIMBS = [
];

/** Every folder in order, lowest first. */
export const ORDER = BANDS.flatMap((b) => b.folders);

/** The band a folder sits in, or undefined for a folder in no band. */
export function bandOf(folder) {
  return BANDS.find((b) => b.folders.includes(folder))?.band;
}

/** Whether `from` may import `to`: itself, or a folder listed before it. */
export function mayImport(from, to) {
  const a = ORDER.indexOf(from);
  const b = ORDER.indexOf(to);
  return from === to || (a >= 0 && b >= 0 && b < a);
}

/** The folders `from` may not import (those at or above it, less itself), allowed climbs excepted. */
export function forbiddenFor(from) {
  const allowed = new Set(ALLOWED_CLIMBS.filter((c) => c.from === from).map((c) => c.to));
  return ORDER.slice(ORDER.indexOf(from) + 1).filter((to) => !allowed.has(to));
}

/** The message of a climb, naming both folders and their bands. */
export function climbMessage(from, to) {
  return `lib/${from} (band ${bandOf(from) ?? 'none'}) may not import lib/${to} (band ${bandOf(to) ?? 'none'}): a lib/ folder imports only folders listed before it in scripts/lib-bands.mjs (docs/architecture.md, "Bands").`;
}
