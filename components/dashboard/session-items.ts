// Turns lib's session views into the plain items the client list takes (dates as ISO strings).
import type { SessionView } from '@/lib/sessions/manage';
import type { SessionItem } from './session-item';

export function toSessionItems(sessions: SessionView[]): SessionItem[] {
  return sessions.map((s) => ({ id: s.id, device: s.device, ip: s.ip, method: s.method, createdAt: s.createdAt.toISOString(), lastSeenAt: s.lastSeenAt.toISOString(), current: s.current }));
}
