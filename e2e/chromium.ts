// Finds a Chromium for Playwright: its own download if present, else the system one. Our machines
// cannot download browsers, so a missing one stops the run with one line saying what to install.
import fs from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function findChromium(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    const own = chromium.executablePath();
    if (own && fs.existsSync(own)) return undefined; // Playwright uses its own browser by default
  } catch {
    // no bundled browser registered
  }
  const system = SYSTEM_CANDIDATES.find((p) => fs.existsSync(p));
  if (system) return system;
  console.error('No Chromium found: install one with `sudo apt-get install chromium` (Debian/Ubuntu) or `npx playwright install chromium`, or set CHROMIUM_PATH.');
  process.exit(1);
}
