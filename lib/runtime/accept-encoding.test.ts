// The one reading of Accept-Encoding, as browsers, proxies, crawlers and odd clients send it.
import { describe, expect, it } from 'vitest';
import { chooseEncoding, parseAcceptEncoding } from './accept-encoding';

describe('chooseEncoding', () => {
  it.each([
    ['gzip, deflate, br', 'gzip'],
    ['br;q=1.0, gzip;q=0.8', 'gzip'],
    ['GZip', 'gzip'],
    ['  gzip ; q = 0.5 ', 'gzip'],
    ['x-gzip', 'gzip'],
    ['*', 'gzip'],
    ['*;q=0, gzip', 'gzip'],
    ['identity;q=0', 'identity'],
    ['identity;q=0, *', 'gzip'],
    ['gzip;q=0', 'identity'],
    ['gzip;q=0.000', 'identity'],
    ['gzip;q=0, *', 'identity'],
    ['*;q=0', 'identity'],
    ['identity', 'identity'],
    ['identity, gzip;q=0.5', 'identity'],
    ['gzip;q=0.5, identity;q=0.2', 'gzip'],
    ['br', 'identity'],
    ['', 'identity'],
    [undefined, 'identity'],
    ['gzip;q=oops', 'identity'],
    ['gzip;q=2', 'identity'],
    [';;, ,=,gz ip', 'identity'],
    [['deflate', 'gzip'], 'gzip'],
  ] as const)('%j -> %s', (header, expected) => {
    expect(chooseEncoding(header as string | string[] | undefined)).toBe(expected);
  });

  it('keeps each named coding with its weight and skips what does not parse', () => {
    expect([...parseAcceptEncoding('GZIP;q=0.3, br, bad;q=x, ;q=1')]).toEqual([['gzip', 0.3], ['br', 1]]);
  });
});
