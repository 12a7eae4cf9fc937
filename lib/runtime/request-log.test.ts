// What the request log writes: a usable request id, and no secrets from the URL.
import { describe, expect, it } from 'vitest';
import { loggedUrl, requestIdFrom } from './request-log';

describe('request log', () => {
  it('keeps a sane X-Request-Id and makes one otherwise', () => {
    expect(requestIdFrom('lb-1234.abc:9')).toBe('lb-1234.abc:9');
    expect(requestIdFrom(['first-id', 'second'])).toBe('first-id');
    for (const bad of [undefined, '', 'has space', 'x'.repeat(101), '<script>']) {
      expect(requestIdFrom(bad)).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it('never logs a set-password token', () => {
    expect(loggedUrl('/set-password/TCSq1b4Eqw32t4ZlaY9m56uYA4FrIpqsfRVVbkQzyyE')).toBe('/set-password/[token]');
    expect(loggedUrl('/set-password/abc?x=1')).toBe('/set-password/[token]?x=1');
    expect(loggedUrl('/news/some-story?page=2')).toBe('/news/some-story?page=2');
  });
});
