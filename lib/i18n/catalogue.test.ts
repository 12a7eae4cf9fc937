// Every shipped catalogue has every key of the English one, no extra keys, and the same placeholders
// (a translation that drops {query} would show readers a sentence without the thing they searched).
import { describe, expect, it } from 'vitest';
import { SITE_LOCALES } from '@/lib/config/site-locale';
import { catalogues, siteText } from './catalogue';
import { en } from './messages/en';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  it.each(SITE_LOCALES)('%s has every key, no others, each non-empty with the English placeholders', (locale) => {
    const messages = catalogues[locale];
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of Object.entries(en)) {
      const translated = messages[key as keyof typeof en];
      expect(translated.trim(), key).not.toBe('');
      expect(placeholders(translated), key).toEqual(placeholders(text));
    }
  });

  it('plural keys come in pairs', () => {
    const keys = Object.keys(en);
    for (const key of keys.filter((k) => k.endsWith('.other'))) expect(keys).toContain(key.replace(/\.other$/, '.one'));
    for (const key of keys.filter((k) => k.endsWith('.one'))) expect(keys).toContain(key.replace(/\.one$/, '.other'));
  });

  it('fills placeholders and plural forms, numbers formatted for the language', () => {
    expect(siteText('en').plural('count.stories', 1)).toBe('1 story');
    expect(siteText('en').plural('count.stories', 1200)).toBe('1,200 stories');
    expect(siteText('de').plural('count.stories', 1200)).toBe('1.200 Artikel');
    expect(siteText('de').plural('search.matches', 2, { query: 'Wahl' })).toBe('2 Artikel zu „Wahl“');
    expect(siteText('de').t('pages.status', { page: 2, count: 5 })).toBe('Seite 2 von 5');
  });
});
