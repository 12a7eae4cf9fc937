// The demo's live article: ongoing coverage of high water on the River Kessen (fictional), with a dozen
// entries, one pinned and two key events, so a newcomer sees live coverage at once.
import type { SeedPublishedArticle } from './content';
import type { StaffKey } from './staff';

export const LIVE_ARTICLE: SeedPublishedArticle = {
  slug: 'river-kessen-high-water-live',
  headline: 'River Kessen high water: live updates as levels peak in Ostervale',
  dek: 'Flood barriers are up along the Quayside and two valley roads are closed while the river rises after three days of rain. Follow the latest here.',
  tags: ['climate', 'transport'],
  authors: ['editor', 'author'],
  daysAgo: 0.12,
  image: 'river',
  caption: 'The River Kessen running high below the Quayside.',
  body: `
The River Kessen is expected to peak in Ostervale this evening after three days of steady rain across the upper valley. The regional flood service has issued warnings for the Quayside, Luren Meadows and low-lying streets in Brindleford.

This page is updated as the situation develops. Times are UTC.
`,
};

export type SeedLiveEntry = {
  minutesAgo: number;
  author: StaffKey;
  headline?: string;
  /** Markup: see parseBody in tiptap.ts. */
  body: string;
  pinned?: boolean;
  keyEvent?: boolean;
};

/** Oldest first, as they were posted. */
export const LIVE_ENTRIES: SeedLiveEntry[] = [
  { minutesAgo: 170, author: 'editor', headline: 'Flood warnings issued for three areas', keyEvent: true, body: 'The regional flood service has upgraded its alerts to flood warnings for the Quayside, Luren Meadows and Brindleford Low Street. Residents are asked to move valuables upstairs and keep an eye on updates.' },
  { minutesAgo: 155, author: 'author', body: 'Rain gauges at the head of the valley recorded 64 mm over the past 48 hours, roughly a month’s average, according to the flood service.' },
  { minutesAgo: 140, author: 'editor', headline: 'Where to get sandbags', pinned: true, body: 'Sandbags are available free of charge at the **Quayside depot** and the **Brindleford fire station** until 22:00. Bring proof of address; staff will help load cars.\n\nThe council helpline is open through the night for anyone who cannot collect bags themselves.' },
  { minutesAgo: 128, author: 'author', body: 'Council crews have started putting up the demountable barriers along the Quayside wall. The work usually takes about two hours.' },
  { minutesAgo: 115, author: 'editor', body: 'The Corrow Road between Mill Lane and Heath Road is closed in both directions because of surface water. Diversions are signposted via the ring road.' },
  { minutesAgo: 100, author: 'author', body: 'Valley Line trams are running normally for now. The operator says it will suspend the riverside section if water reaches the track bed at Luren.' },
  { minutesAgo: 86, author: 'editor', body: 'The level at the Ostervale gauge is now 3.9 metres, up 40 cm in two hours. The highest level on record there is 4.6 metres.' },
  { minutesAgo: 72, author: 'author', headline: 'Rest centre opens at Luren school', body: 'A rest centre has opened in the hall of Luren primary school for anyone who needs to leave home tonight. Pets are welcome in carriers.' },
  { minutesAgo: 58, author: 'editor', body: 'Barriers along the Quayside are now complete. Crews are moving on to the footbridge at Brindleford.' },
  { minutesAgo: 41, author: 'author', body: 'Several readers have sent pictures of the water meadows below Luren, now fully under water. Please stay away from riverbanks: the current is much faster than it looks.' },
  { minutesAgo: 25, author: 'editor', headline: 'Valley Line riverside section suspended', keyEvent: true, body: 'The tram operator has suspended services between Brindleford and Luren as water reaches the track bed. Replacement buses run every fifteen minutes from the Brindleford stop.' },
  { minutesAgo: 9, author: 'author', body: 'The flood service expects the river to peak between 20:00 and 22:00 at around 4.2 metres, below the record. Its next update is due within the hour.' },
];
