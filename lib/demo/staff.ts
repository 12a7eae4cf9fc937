// The demo newsroom's people: one sign-in per role, plus two reporters who only appear as bylines.
import type { Role } from '@/db/schema';

export type StaffKey = 'admin' | 'editor' | 'author' | 'contributor' | 'science' | 'sport';

export type SeedStaff = {
  key: StaffKey;
  name: string;
  slug: string;
  email: string;
  role: Role;
  bio: string;
  /** Demo sign-in; reporters without one must be sent a set-password link first. */
  password?: string;
};

export const STAFF: SeedStaff[] = [
  {
    key: 'admin',
    name: 'Margot Ellery',
    slug: 'margot-ellery',
    email: 'admin@example.com',
    role: 'admin',
    password: 'byline-admin-demo',
    bio: 'Editor-in-chief. Margot has covered the Kessen Valley for two decades, first as a court reporter in Brindleford and later as the paper’s political editor.',
  },
  {
    key: 'editor',
    name: 'Tomas Reyne',
    slug: 'tomas-reyne',
    email: 'editor@example.com',
    role: 'editor',
    password: 'byline-editor-demo',
    bio: 'News editor. Tomas runs the daily news list and the weekend desk, and writes about transport and city planning when the rota allows.',
  },
  {
    key: 'author',
    name: 'Priya Castell',
    slug: 'priya-castell',
    email: 'author@example.com',
    role: 'author',
    password: 'byline-author-demo',
    bio: 'Senior reporter covering Ostervale City Council, the regional assembly and the local economy. Tips welcome by email.',
  },
  {
    key: 'contributor',
    name: 'Jonah Whitlow',
    slug: 'jonah-whitlow',
    email: 'contributor@example.com',
    role: 'contributor',
    password: 'byline-contributor-demo',
    bio: 'Freelance writer on arts, food and community life in Halvik Bay and the coastal villages.',
  },
  {
    key: 'science',
    name: 'Ines Harlan',
    slug: 'ines-harlan',
    email: 'ines.harlan@example.com',
    role: 'author',
    bio: 'Science and climate correspondent. Before journalism, Ines spent six years studying river sediments at the University of Ostervale.',
  },
  {
    key: 'sport',
    name: 'Sam Adebayo',
    slug: 'sam-adebayo',
    email: 'sam.adebayo@example.com',
    role: 'author',
    bio: 'Sport reporter following Ostervale Rovers, the Halvik Harriers and anything else that involves a finishing line.',
  },
];
