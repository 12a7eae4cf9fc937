// A live session as the list shows it (dates as ISO strings, to cross into client components).
export type SessionItem = { id: string; device: string; ip: string | null; method: string; createdAt: string; lastSeenAt: string; current: boolean };
