// Unit tests: slugs made from headlines match the pattern the server enforces.
import { describe, expect, it } from 'vitest';
import { isPlaceholderSlug, placeholderSlug, SLUG_PATTERN, slugify } from './slug';

describe('slugify', () => {
  it.each([
    ['Council votes on budget', 'council-votes-on-budget'],
    ['  Café & Bar: “Open” again!  ', 'cafe-and-bar-open-again'],
    ['Rovers’ 3–1 win', 'rovers-3-1-win'],
    ['---', ''],
  ])('%s -> %s', (headline, slug) => {
    expect(slugify(headline)).toBe(slug);
    if (slug) expect(SLUG_PATTERN.test(slug)).toBe(true);
  });

  it('cuts long headlines at a word boundary', () => {
    const slug = slugify('word '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('-')).toBe(false);
    expect(SLUG_PATTERN.test(slug)).toBe(true);
  });

  it('recognises placeholder slugs of untitled drafts', () => {
    const slug = placeholderSlug('0f8fad5b-d9cb-469f-a165-70867728950e');
    expect(slug).toBe('untitled-0f8fad5b');
    expect(isPlaceholderSlug(slug)).toBe(true);
    expect(isPlaceholderSlug('untitled-story')).toBe(false);
  });
});
