// Demo articles still in the workflow: drafts, one in review, one scheduled and one in the trash.
import type { SeedUnpublishedArticle } from './content';

export const UNPUBLISHED_ARTICLES: SeedUnpublishedArticle[] = [
  {
    status: 'draft',
    slug: 'valley-line-fare-zones-explained',
    headline: 'Valley Line fares: what a zone change would mean',
    dek: 'The operator is considering merging its three fare zones into two. We looked at who would pay more and who would pay less.',
    tags: ['transport', 'business'],
    authors: ['author'],
    daysAgo: 0.5,
    image: 'railway',
    caption: 'Fares on the Valley Line are currently set by three zones.',
    body: `
The Valley Line operator is considering merging its three fare zones into two, in a change that would cut the cost of some journeys and raise others.

## Who would pay less

- Passengers travelling from Brindleford to the city centre
- Season ticket holders in the outer zone

## Who would pay more

Short journeys within the city centre could cost slightly more. *Figures to be confirmed with the operator before publication.*

More on the [operator's consultation page](https://example.com/valley-line/fares-consultation).
`,
  },
  {
    status: 'draft',
    slug: 'ferry-timetable-review',
    headline: 'Ferry timetable review: islanders asked for views',
    dek: 'The ferry operator wants to move the first crossing of the day later. Islanders say that would make the mainland hospital hard to reach.',
    tags: ['transport'],
    authors: ['editor'],
    daysAgo: 2,
    image: 'harbour',
    caption: 'The ferry crosses from Halvik Bay several times a day.',
    body: `
The operator of the Halvik Bay ferry has asked islanders for their views on a new timetable that would move the first crossing of the day forty minutes later.

## Why it matters

Several islanders travel to the mainland for early hospital appointments and shifts. A later first ferry could mean **missing appointments** or staying overnight.

- Consultation open for six weeks
- Drop-in session at the island hall

Details on the [operator's website](https://example.com/halvik-ferry/timetable-review).
`,
  },
  {
    status: 'draft',
    slug: 'week-with-halvik-lifeboat-crew',
    headline: 'A week with the Halvik Bay lifeboat crew',
    dek: 'Volunteers who drop everything when the pager goes, on call every hour of the year.',
    tags: ['culture'],
    authors: ['contributor'],
    createdBy: 'contributor',
    daysAgo: 4,
    image: 'coast',
    caption: 'The lifeboat station sits at the eastern end of Harbour Road.',
    body: `
The pager goes off at 3.12 in the morning. Within seven minutes, six volunteers have pulled on their kit and the lifeboat is heading out of the harbour.

## Who they are

A plumber, a teacher, two fishermen, a nurse and a student. *Notes: check names and ages with the station manager.*

- Crew train twice a week
- Launches last year: 46

[[fig harbour | The lifeboat heads out past the harbour wall.]]

More about volunteering on the [lifeboat station's page](https://example.org/halvik-lifeboat/volunteer).
`,
  },
  {
    status: 'review',
    slug: 'brindleford-bakery-changes-hands',
    headline: 'Brindleford’s oldest bakery changes hands',
    dek: 'After four generations, the Penrose family has sold the high street bakery to two of its own staff.',
    tags: ['business', 'culture'],
    authors: ['contributor'],
    createdBy: 'contributor',
    daysAgo: 1,
    image: 'mosaic',
    caption: 'The bakery has traded on Brindleford high street for more than ninety years.',
    body: `
Brindleford's oldest bakery has been sold to two of its longest-serving staff, ending four generations of ownership by the Penrose family.

The new owners, who between them have worked at the bakery for almost thirty years, say customers will notice **no changes** to the bread or the opening hours.

## Keeping the recipes

The family has handed over its recipe book along with the keys. The new owners plan to add a small cafe in the back room, which has been used for storage for decades.

- The bakery opens at 6.30am, six days a week
- It employs eleven people, all of whom will keep their jobs

[[fig market | Trade at the bakery is busiest on Saturday mornings.]]

## The end of an era

The last of the Penrose bakers said it was *"the right time and the right people."* He plans to keep baking on Saturdays. See our other [business stories](/tag/business).
`,
  },
  {
    status: 'scheduled',
    slug: 'budget-week-numbers-to-watch',
    headline: 'Budget week: the numbers to watch',
    dek: 'Council tax, social care and the cost of borrowing: a guide to the figures that will shape next year’s city finances.',
    tags: ['politics', 'business'],
    authors: ['author'],
    daysAgo: 0.3,
    scheduledInDays: 3,
    image: 'budget',
    caption: 'The council’s finance committee meets at the start of budget week.',
    seoTitle: 'Budget week guide: the numbers to watch in Ostervale',
    body: `
The city council's finance committee meets next week to begin setting the next budget. Here are the numbers that will shape the debate.

## The figures

1. The funding gap: around 11 million, according to the council's own forecast
2. Social care: the fastest-growing area of spending, up 7 per cent this year
3. Borrowing costs: interest on the council's debt has nearly doubled in three years

## What to watch for

Whether the council raises council tax by the maximum allowed, and whether the one-off savings used this year are repeated. *We will cover the committee live.*

[[fig quarter | The finance committee meets in the civic quarter.]]

Background on this year's budget is on our [politics page](/tag/politics), and the committee papers are on the [council's website](https://example.org/ostervale-council/finance-committee).
`,
  },
  {
    status: 'trash',
    slug: 'lantern-festival-preview-duplicate',
    headline: 'Lantern festival preview (duplicate)',
    dek: 'Duplicate of the festival story, started by mistake.',
    tags: ['culture'],
    authors: ['contributor'],
    createdBy: 'contributor',
    daysAgo: 8,
    image: 'festival',
    caption: 'Lantern workshops.',
    body: `
Duplicate draft: the festival story was filed separately.

## Notes

- Workshops list to follow
- Check dates with the organisers via the [festival site](https://example.com/halvik-lanterns)
`,
  },
];
