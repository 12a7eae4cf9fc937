// Validation of staff fields, shared by the staff admin and the profile form.
import { z } from 'zod';
import { staffText } from '@/lib/core/text-rule';
import { roleEnum } from '@/db/schema';
import { plainSlug } from '@/lib/core/slug';

export const AUTHOR_SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const staffNameSchema = staffText().trim().min(1, 'Enter a name.').max(100, 'Use at most 100 characters.');

export const staffEmailSchema = staffText().trim().toLowerCase().max(254, 'Use at most 254 characters.').pipe(z.email('Enter an email address such as name@example.com.'));

export const authorSlugSchema = staffText()
  .trim()
  .min(2, 'Use at least 2 characters.')
  .max(80, 'Use at most 80 characters.')
  .regex(AUTHOR_SLUG_PATTERN, 'Use lower-case letters, digits and single hyphens, e.g. jane-doe.');

/** Someone's old author address keeps leading to them, so nobody else may take that slug. */
export const OLD_AUTHOR_ADDRESS_MESSAGE = 'That slug is an old address of someone else’s author page; choose another.';

export const roleSchema = z.enum(roleEnum.enumValues, { error: 'Choose a role.' });

export const bioSchema = staffText().trim().max(1000, 'Use at most 1000 characters.');

/** A name as an author slug: "Zoë O’Brien" → "zoe-obrien". */
export function slugFromName(name: string): string {
  return plainSlug(name, 80);
}

export const roleLabels: Record<z.infer<typeof roleSchema>, string> = {
  contributor: 'Contributor',
  author: 'Author',
  editor: 'Editor',
  admin: 'Administrator',
};
