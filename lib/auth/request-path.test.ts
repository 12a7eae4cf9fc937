// The callback URL check that keeps /login from redirecting anywhere but this site.
import { describe, expect, it } from 'vitest';
import { safeCallbackPath } from './request-path';

describe('safeCallbackPath', () => {
  it('keeps same-origin paths with their query', () => {
    expect(safeCallbackPath('/dashboard/articles/123?tab=seo')).toBe('/dashboard/articles/123?tab=seo');
    expect(safeCallbackPath('/preview/abc')).toBe('/preview/abc');
  });

  it.each([
    'https://evil.example/',
    '//evil.example/path',
    '/\\evil.example',
    '\\\\evil.example',
    'javascript:alert(1)',
    '/\t/evil.example',
    'dashboard',
    '',
    '/login?callbackUrl=/dashboard',
    '/api/auth/signout',
  ])('refuses %j', (value) => {
    expect(safeCallbackPath(value)).toBe('/dashboard');
  });

  it('refuses non-strings', () => {
    expect(safeCallbackPath(undefined)).toBe('/dashboard');
    expect(safeCallbackPath(['/a'])).toBe('/dashboard');
  });
});
