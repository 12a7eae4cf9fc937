// Reads what the e2e server wrote (playwright.config.ts tees its output to a file), so specs can assert
// that hostile requests left no error or stack trace in the log.
import fs from 'node:fs';

export function serverLogPath(): string {
  return `${process.env.E2E_DATA_DIR || '.e2e-data'}.server.log`;
}

/** Whether this run's server output is available (not when testing an external E2E_BASE_URL). */
export function hasServerLog(): boolean {
  return !process.env.E2E_BASE_URL && fs.existsSync(serverLogPath());
}

/** Where the log ends now; pass it to serverLogSince() later. */
export function serverLogOffset(): number {
  return hasServerLog() ? fs.statSync(serverLogPath()).size : 0;
}

export function serverLogSince(offset: number): string {
  if (!hasServerLog()) return '';
  const buffer = fs.readFileSync(serverLogPath());
  return buffer.subarray(offset).toString('utf8');
}

/** Lines that show an error was logged: Next's "⨯" marker, stack frames, or an Error/URIError line. */
export function errorLines(log: string): string[] {
  return log.split('\n').filter((line) => /⨯|^\s+at\s|\b(Range|Type|URI|Syntax)?Error\b|Failed query|digest:/.test(line));
}
