// Whether this code runs inside a Next.js server (or build) rather than under Vitest or an npm script.
// Next itself defines NEXT_RUNTIME in every server bundle (the documented check instrumentation.ts uses
// too), so this is read straight from process.env, not through the app's config.

/** True inside Next's server and build workers; false in tests and scripts, where there is no Next cache. */
export function insideNext(): boolean {
  return Boolean(process.env.NEXT_RUNTIME);
}
