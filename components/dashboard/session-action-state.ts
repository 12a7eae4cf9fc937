// What a session-ending action answers, shown beside the session list.
import type { FormState } from '@/lib/core/form-state';

export type SessionActionState = FormState;

/** A live session as the list shows it (dates as ISO strings, to cross into client components). */
export type SessionItem = { id: string; device: string; ip: string | null; method: string; createdAt: string; lastSeenAt: string; current: boolean };
