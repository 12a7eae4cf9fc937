// The demo newsroom's sections: one tag per beat, each with the line shown on its tag page.
export const TAGS = [
  { slug: 'politics', name: 'Politics', description: 'Ostervale City Council, the Kessen Valley Regional Assembly and the national picture.' },
  { slug: 'business', name: 'Business', description: 'Jobs, shops, the port and the money that moves through the valley.' },
  { slug: 'science', name: 'Science', description: 'Research from the University of Ostervale, the Kessen Institute and beyond.' },
  { slug: 'climate', name: 'Climate', description: 'Floods, heat, energy and how the region is adapting to a changing climate.' },
  { slug: 'health', name: 'Health', description: 'Hospitals, clinics and public health across the Kessen Valley.' },
  { slug: 'culture', name: 'Culture', description: 'Theatre, festivals, books, food and the life of our towns.' },
  { slug: 'sport', name: 'Sport', description: 'Ostervale Rovers, the Halvik Harriers and grassroots sport.' },
  { slug: 'transport', name: 'Transport', description: 'The Valley Line, buses, cycling and how we get around.' },
  { slug: 'technology', name: 'Technology', description: 'Broadband, open data and the digital side of public services.' },
  { slug: 'education', name: 'Education', description: 'Schools, colleges and learning at every age.' },
] as const;

export type TagSlug = (typeof TAGS)[number]['slug'];
