'use server';
// Server actions of the live composer. Each one parses its input, finds the signed-in staff member
// itself, and the lib write it calls authorizes again with can(); results are typed, never thrown.
import { z } from 'zod';
import { getCurrentUser } from '@/lib/auth/current-user';
import { deleteLiveEntry, editLiveEntry, postLiveEntry, setLiveCoverage, type EntryResult } from '@/lib/live/manage';
import { malformed, type WriteResult } from '@/lib/core/result';

const signedOut = { ok: false, code: 'forbidden', error: 'You are signed out. Sign in again in another tab.' } as const;

// The body is checked in lib against the document schema and limits; here only its envelope.
const entryFields = { headline: z.string().max(10_000).optional(), body: z.unknown(), pinned: z.boolean().optional(), keyEvent: z.boolean().optional() };
const postSchema = z.object({ articleId: z.uuid(), ...entryFields });
const editSchema = z.object({ entryId: z.uuid(), ...entryFields });
const deleteSchema = z.object({ entryId: z.uuid() });
const coverageSchema = z.object({ articleId: z.uuid(), step: z.enum(['start', 'end', 'reopen']) });

export type PostEntryInput = z.input<typeof postSchema>;
export type EditEntryInput = z.input<typeof editSchema>;

export async function postLiveEntryAction(input: PostEntryInput): Promise<EntryResult> {
  const parsed = postSchema.safeParse(input);
  if (!parsed.success) return malformed();
  const user = await getCurrentUser();
  if (!user) return signedOut;
  return postLiveEntry(user, parsed.data);
}

export async function editLiveEntryAction(input: EditEntryInput): Promise<EntryResult> {
  const parsed = editSchema.safeParse(input);
  if (!parsed.success) return malformed();
  const user = await getCurrentUser();
  if (!user) return signedOut;
  return editLiveEntry(user, parsed.data);
}

export async function deleteLiveEntryAction(input: { entryId: string }): Promise<EntryResult> {
  const parsed = deleteSchema.safeParse(input);
  if (!parsed.success) return malformed();
  const user = await getCurrentUser();
  if (!user) return signedOut;
  return deleteLiveEntry(user, parsed.data);
}

export async function setLiveCoverageAction(input: { articleId: string; step: 'start' | 'end' | 'reopen' }): Promise<WriteResult> {
  const parsed = coverageSchema.safeParse(input);
  if (!parsed.success) return malformed();
  const user = await getCurrentUser();
  if (!user) return signedOut;
  return setLiveCoverage(user, parsed.data);
}
