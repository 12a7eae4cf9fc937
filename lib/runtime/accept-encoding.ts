// Reads a request's Accept-Encoding (RFC 9110 §12.5.3) into the one content coding this server sends:
// gzip or none. The compressor (compressed-responses.ts) and the hot-page store's key (hot-pages.ts)
// both ask here, so a page is always filed under the encoding it was actually sent in.

export type ChosenEncoding = 'gzip' | 'identity';

/** A qvalue as the RFC writes it ("0", "0.5", "1", "1.000"); anything else is not one. */
const QVALUE = /^(0(\.\d{0,3})?|1(\.0{0,3})?)$/;
const CODING = /^[!#$%&'*+.^_`|~0-9a-z-]+$/;

/** Each named coding with its weight; elements that do not parse are ignored, as the RFC allows. */
export function parseAcceptEncoding(header: string | string[] | undefined): Map<string, number> {
  const weights = new Map<string, number>();
  const value = Array.isArray(header) ? header.join(',') : (header ?? '');
  for (const element of value.split(',')) {
    const [rawName = '', ...params] = element.split(';').map((part) => part.trim().toLowerCase());
    if (!CODING.test(rawName)) continue;
    let q = 1;
    let valid = true;
    for (const param of params) {
      const [key, raw = ''] = param.split('=').map((part) => part.trim());
      if (key !== 'q') continue;
      if (!QVALUE.test(raw)) valid = false;
      else q = Number(raw);
    }
    // Repeated names: the first one counts (a sender that repeats itself is not trusted to mean the second).
    if (valid && !weights.has(rawName)) weights.set(rawName, q);
  }
  return weights;
}

/**
 * gzip when the client accepts it (named, or covered by `*`, with q > 0) at least as much as plain
 * bytes; otherwise identity. Plain bytes are also sent when the client refuses them too
 * (`identity;q=0` with no gzip): answering is kinder than a 406, and the header then says so.
 */
export function chooseEncoding(header: string | string[] | undefined): ChosenEncoding {
  const weights = parseAcceptEncoding(header);
  const star = weights.get('*');
  const gzip = weights.get('gzip') ?? weights.get('x-gzip') ?? star ?? 0;
  if (gzip <= 0) return 'identity';
  // Unnamed identity is acceptable, but never preferred over a coding the client listed by name.
  const identity = weights.get('identity') ?? star ?? Math.min(...weights.values());
  return gzip >= identity ? 'gzip' : 'identity';
}
