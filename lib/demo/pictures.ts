// The demo image library: each picture is a seeded illustration (see images.ts) with its alt text,
// caption and credit. About twenty pictures are shared by all the articles, to keep the seed quick.
import type { ImageSpec } from './images';

export type Picture = ImageSpec & { alt: string; caption: string; credit: string };

const DESK = 'Illustration: Byline graphics desk';

export const PICTURES = {
  'valley-dawn': { scene: 'hills', seed: 'valley-dawn', palette: 1, alt: 'Illustration of green hills layered under a low orange sun', caption: 'Morning over the Kessen Valley.', credit: DESK },
  'city-evening': { scene: 'skyline', seed: 'city-evening', palette: 5, alt: 'Illustration of a city skyline with lit windows against a blue evening sky', caption: 'Ostervale city centre at dusk.', credit: DESK },
  harbour: { scene: 'waves', seed: 'harbour', palette: 3, alt: 'Illustration of rolling teal waves beneath a coral sun', caption: 'The water at Halvik Bay.', credit: DESK },
  chamber: { scene: 'blocks', seed: 'chamber', palette: 0, alt: 'Geometric illustration of navy, orange and cream squares, circles and arcs', caption: 'Inside the council chamber, in the paper’s illustration style.', credit: DESK },
  market: { scene: 'bars', seed: 'market', palette: 3, alt: 'Illustration of a rising bar chart with a pale trend line', caption: 'The valley economy in figures.', credit: DESK },
  railway: { scene: 'rails', seed: 'railway', palette: 5, alt: 'Illustration of railway tracks converging on a distant horizon', caption: 'The Valley Line heading east.', credit: DESK },
  lab: { scene: 'orbits', seed: 'lab', palette: 6, alt: 'Illustration of concentric rings with small circles orbiting a red centre', caption: 'Research at the University of Ostervale.', credit: DESK },
  river: { scene: 'waves', seed: 'river', palette: 0, alt: 'Illustration of dark blue river currents under a pale sky', caption: 'The River Kessen in spate.', credit: DESK },
  woodland: { scene: 'forest', seed: 'woodland', palette: 1, alt: 'Illustration of pine trees on dark green hillsides', caption: 'Woodland above Luren.', credit: DESK },
  'skyline-dusk': { scene: 'skyline', seed: 'skyline-dusk', palette: 2, alt: 'Illustration of purple towers against a pink dusk sky', caption: 'The Canal Quarter after dark.', credit: DESK },
  mosaic: { scene: 'blocks', seed: 'mosaic', palette: 8, alt: 'Geometric mosaic of rust, sand and green shapes', caption: 'A pattern from the Corn Exchange floor tiles, reimagined.', credit: 'Illustration: Jonah Whitlow' },
  budget: { scene: 'bars', seed: 'budget', palette: 4, alt: 'Illustration of rust-red bars rising and falling', caption: 'Spending lines in the city budget.', credit: DESK },
  coast: { scene: 'hills', seed: 'coast', palette: 3, alt: 'Illustration of teal headlands above a pale sea', caption: 'The coast road north of Halvik Bay.', credit: DESK },
  tramline: { scene: 'rails', seed: 'tramline', palette: 4, alt: 'Illustration of copper-coloured tracks leading towards a dusky horizon', caption: 'Track work near Brindleford.', credit: 'Illustration: Tomas Reyne' },
  signal: { scene: 'orbits', seed: 'signal', palette: 7, alt: 'Illustration of blue rings around a glowing coral point', caption: 'Signals, sensors and data.', credit: DESK },
  festival: { scene: 'blocks', seed: 'festival', palette: 2, alt: 'Geometric illustration of pink, purple and amber shapes', caption: 'Colour on the harbour front.', credit: 'Illustration: Jonah Whitlow' },
  moor: { scene: 'forest', seed: 'moor', palette: 8, alt: 'Illustration of small dark trees on rolling brown moorland', caption: 'Corrow Heath and Tamsey Moor.', credit: DESK },
  tide: { scene: 'waves', seed: 'tide', palette: 9, alt: 'Illustration of green waves with a red sun', caption: 'High tide at the Skerry Bank.', credit: DESK },
  stadium: { scene: 'bars', seed: 'stadium', palette: 7, alt: 'Illustration of blue and coral columns of different heights', caption: 'Floodlights at Kessen Park.', credit: 'Illustration: Sam Adebayo' },
  quarter: { scene: 'skyline', seed: 'quarter', palette: 6, alt: 'Illustration of grey office blocks under a pale sky', caption: 'The civic quarter.', credit: DESK },
} satisfies Record<string, Picture>;

export type PictureKey = keyof typeof PICTURES;

/** The site's default social image (1200x630). */
export const SOCIAL_PICTURE: Picture = { scene: 'hills', seed: 'social-default', palette: 5, alt: 'Illustration of blue hills under an amber sun', caption: 'Byline', credit: DESK };
