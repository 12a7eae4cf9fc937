// Escaping plain text for HTML made as strings (the live list's markup, RSS descriptions that feed
// readers decode as HTML): safe between tags and inside double- or single-quoted attribute values.
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
