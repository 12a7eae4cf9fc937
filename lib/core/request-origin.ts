// Where a request came from (client address and browser): the shape that sessions, permissions and the
// audit log carry. Reading it from a request is lib/auth/request-origin.ts's job.
export type RequestOrigin = { ip: string | null; userAgent: string | null };
