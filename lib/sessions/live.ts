// The one condition for "this staff session row still counts": not ended, used within its lifetime.
import 'server-only';
import { sql } from 'drizzle-orm';
import { staffSessions } from '@/db/schema';
import { SESSION_MAX_AGE_SECONDS } from './lifetime';

/** SQL: the session row is live (not ended, used within the session lifetime). */
export const sessionIsLive = sql`${staffSessions.endedAt} is null and ${staffSessions.lastSeenAt} > now() - make_interval(secs => ${SESSION_MAX_AGE_SECONDS})`;
