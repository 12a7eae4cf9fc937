// Waits, before any test runs, for the WordPress e2e server that playwright.config.ts starts without
// awaiting it (so its seeding and import run beside the main server's start).
import { wordpressPort } from './wordpress-port';

const TIMEOUT_MS = 240_000;

export default async function waitForWordpressServer(): Promise<void> {
  const url = `http://127.0.0.1:${wordpressPort}/api/health`;
  const deadline = Date.now() + TIMEOUT_MS;
  while (!(await fetch(url).then((r) => r.ok, () => false))) {
    if (Date.now() > deadline) throw new Error(`the WordPress e2e server (${url}) did not answer within ${TIMEOUT_MS / 1000} s: see its output above`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
