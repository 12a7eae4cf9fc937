// The reader site's words in the newsroom's language: looks a key up in its catalogue, fills its
// {placeholders}, and picks plural forms with Intl.PluralRules. Pure, for server and client components.
import type { SiteLocale } from '@/lib/config/site-locale';
import { de } from './messages/de';
import { en, type MessageKey, type Messages } from './messages/en';
import { intlTag } from './site-time';

export type { MessageKey, Messages };

/** Every shipped catalogue by language; a newsroom translating Byline adds one here and in SITE_LOCALES. */
export const catalogues: Record<SiteLocale, Messages> = { en, de };

/** Keys that come in plural forms ("count.stories.one", "count.stories.other"), named without the form. */
type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}.other` ? Base : never) : never;

export type Vars = Record<string, string | number>;

export type SiteText = {
  locale: SiteLocale;
  t: (key: MessageKey, vars?: Vars) => string;
  /** The plural form for `count` ({count} is filled, formatted for the language). */
  plural: (key: PluralKey, count: number, vars?: Vars) => string;
};

function fill(template: string, vars: Vars | undefined, locale: SiteLocale): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? new Intl.NumberFormat(intlTag(locale)).format(value) : value;
  });
}

export function siteText(locale: SiteLocale): SiteText {
  const messages = catalogues[locale];
  const rules = new Intl.PluralRules(intlTag(locale));
  return {
    locale,
    t: (key, vars) => fill(messages[key], vars, locale),
    plural: (key, count, vars) => {
      const form = rules.select(count) === 'one' ? 'one' : 'other';
      return fill(messages[`${key}.${form}` as MessageKey], { count, ...vars }, locale);
    },
  };
}
