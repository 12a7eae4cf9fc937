// The demo newsroom's standalone pages (About us, Contact, Ethics policy, Corrections policy), published
// and linked from the footer menu in this order. Fictional text, like every demo article.
import crypto from 'node:crypto';
import { excerptFrom } from '@/lib/content/text';
import type { SeedArticleWrite } from './articles';
import { firstParagraphText, parseBody } from './tiptap';

const DAY = 86_400_000;

type SeedPage = { slug: string; headline: string; seoDescription: string; body: string };

export const DEMO_PAGES: SeedPage[] = [
  {
    slug: 'about-us',
    headline: 'About us',
    seoDescription: 'Byline is an independent newsroom covering Ostervale and the Kessen Valley.',
    body: `
Byline is an independent newsroom covering Ostervale and the towns of the Kessen Valley. We report on the decisions that shape daily life here: the regional assembly, the councils, transport, schools, housing, business, climate and culture.

## Who we are

Our small staff of reporters and editors works from an office on Weaver Street, with freelance contributors across the valley. Every story carries the names of the people who wrote it, and every reporter has a page listing their work.

## How we are funded

Byline is funded by reader subscriptions and a small number of clearly labelled sponsorships. Sponsors never see stories before publication and have no say in what we cover. See our [ethics policy](/ethics-policy) for the rules we follow.
`,
  },
  {
    slug: 'contact',
    headline: 'Contact',
    seoDescription: 'How to reach the Byline newsroom with news tips, corrections and questions.',
    body: `
We read every message. For news tips, write to **tips@byline.example**; for anything about a published story, including errors, write to **corrections@byline.example**.

## Visiting

The newsroom is at 14 Weaver Street, Ostervale, open on weekdays from 9:00 to 17:00. Please write ahead if you would like to meet a reporter.

## Sending us documents

If you have documents that could help our reporting, tell us first what they are and how you came by them. We will never publish a source's name without their agreement.
`,
  },
  {
    slug: 'ethics-policy',
    headline: 'Ethics policy',
    seoDescription: 'The standards Byline journalists follow: accuracy, independence, fairness and transparency.',
    body: `
Our reporting follows four principles: accuracy, independence, fairness and transparency. This page sets out what they mean in practice.

## Accuracy

We check facts before we publish and say how we know what we report. When we get something wrong, we correct it openly: see our [corrections policy](/corrections-policy).

## Independence

Reporters do not accept gifts, paid travel or payment from the people and organisations they cover. Staff declare interests that could be seen to affect their work, and editors assign stories accordingly.

## Fairness

People who are criticised in a story are given a fair chance to respond before publication, and their response is reported.

## Transparency

Sponsored content is labelled as such. Anonymous sources are used only when there is no other way to report a story of public interest, and an editor knows who they are.
`,
  },
  {
    slug: 'corrections-policy',
    headline: 'Corrections policy',
    seoDescription: 'How Byline corrects errors, and where to find every correction we have published.',
    body: `
When we publish something that is wrong, we correct it as quickly as we can and say so. We do not quietly change published stories.

## How corrections appear

A correction note is added at the end of the story, saying what was wrong and what is right. The story's "updated" time moves with it, and every correction is also listed, newest first, on our [corrections page](/corrections).

## Asking for a correction

Write to **corrections@byline.example** with the story's address and what you believe is wrong. An editor who did not work on the story reviews every request and replies within two working days.
`,
  },
];

/** The pages as system writes, published by the admin a while ago, in footer order. */
export function buildPageWrites(refs: { now: Date; adminId: string }): SeedArticleWrite[] {
  return DEMO_PAGES.map((page, i): SeedArticleWrite => {
    const body = parseBody(page.body, () => {
      throw new Error(`Demo page ${page.slug}: pages have no figures`);
    });
    const at = new Date(refs.now.getTime() - (100 - i) * DAY);
    return {
      newId: crypto.randomUUID(),
      kind: 'page',
      fields: {
        slug: page.slug,
        headline: page.headline,
        dek: '',
        body,
        excerpt: excerptFrom(firstParagraphText(page.body)),
        featuredImageId: null,
        featuredImageCaption: '',
        featuredImageCredit: '',
        seoTitle: '',
        seoDescription: page.seoDescription,
        correctionNote: '',
        tagIds: [],
        authorIds: [refs.adminId],
      },
      status: 'published',
      createdById: refs.adminId,
      createdAt: at,
      updatedById: refs.adminId,
      updatedAt: at,
      publication: { publishedAt: at, modifiedAt: at },
      revision: { authorId: refs.adminId, at },
    };
  });
}
