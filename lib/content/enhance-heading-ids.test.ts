import { describe, expect, it } from 'vitest';
import type { DocJSON } from '@/db/schema';
import { enhanceHeadingIds, headingSlug } from './enhance-heading-ids';

const heading = (level: number, text: string) => ({ type: 'heading', attrs: { level }, content: [{ type: 'text', text }] });
const idsOf = (doc: DocJSON) =>
  (doc.content as { type: string; attrs?: { id?: string } }[]).filter((n) => n.type === 'heading').map((n) => n.attrs?.id);

describe('headingSlug', () => {
  it('keeps letters and digits, folds accents and drops apostrophes', () => {
    expect(headingSlug('Water rates: what’s next in 2027?')).toBe('water-rates-whats-next-in-2027');
    expect(headingSlug('Café déjà vu')).toBe('cafe-deja-vu');
  });

  it('falls back to "section" for headings without letters or digits', () => {
    expect(headingSlug('')).toBe('section');
    expect(headingSlug('—?!')).toBe('section');
  });

  it('stays short', () => {
    expect(headingSlug('a '.repeat(100)).length).toBeLessThanOrEqual(60);
  });
});

describe('enhanceHeadingIds', () => {
  it('adds unique ids to every heading, in order, without touching the input', () => {
    const doc: DocJSON = {
      type: 'doc',
      content: [heading(2, 'Background'), { type: 'paragraph', content: [{ type: 'text', text: 'Hi' }] }, heading(3, 'Background'), heading(2, 'Background')],
    };
    const before = JSON.stringify(doc);
    const enhanced = enhanceHeadingIds(doc);
    expect(idsOf(enhanced)).toEqual(['background', 'background-2', 'background-3']);
    expect(JSON.stringify(doc)).toBe(before);
    expect((enhanced.content![0] as { attrs: { level: number } }).attrs.level).toBe(2);
  });

  it('reads text across marks and hard breaks', () => {
    const doc: DocJSON = {
      type: 'doc',
      content: [
        {
          type: 'heading',
          attrs: { level: 2 },
          content: [{ type: 'text', text: 'Rail', marks: [{ type: 'bold' }] }, { type: 'hardBreak' }, { type: 'text', text: 'strike' }],
        },
      ],
    };
    expect(idsOf(enhanceHeadingIds(doc))).toEqual(['rail-strike']);
  });

  it('never produces a reserved id', () => {
    const doc: DocJSON = { type: 'doc', content: [heading(2, 'Main content')] };
    expect(idsOf(enhanceHeadingIds(doc, ['main-content']))).toEqual(['main-content-2']);
  });

  it('leaves documents without headings alone', () => {
    expect(enhanceHeadingIds({ type: 'doc', content: [] })).toEqual({ type: 'doc', content: [] });
    expect(enhanceHeadingIds({ type: 'doc' })).toEqual({ type: 'doc' });
  });
});
