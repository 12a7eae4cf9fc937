// The names of every audit-log event, with the label the audit page shows. Adding an event means
// adding it here; recordAudit accepts nothing else.
export const auditActionLabels = {
  'auth.signed_in': 'Signed in',
  'auth.sign_in_failed': 'Failed sign-in',
  'auth.signed_out': 'Signed out',
  'session.ended': 'Session ended',
  'password.changed': 'Password changed',
  'password.set': 'Password set with a link',
  'second_factor.added': 'Second factor added',
  'second_factor.removed': 'Second factor removed',
  'recovery_codes.regenerated': 'Recovery codes regenerated',
  'second_factor.used_recovery': 'Recovery code used',
  'article.submitted': 'Article submitted for review',
  'article.published': 'Article published',
  'article.updated': 'Published article updated',
  'article.scheduled': 'Article scheduled',
  'article.unscheduled': 'Schedule cancelled',
  'article.unpublished': 'Article unpublished',
  'article.trashed': 'Article trashed',
  'article.restored': 'Article restored',
  'live.started': 'Live coverage started',
  'live.ended': 'Live coverage ended',
  'live.reopened': 'Live coverage reopened',
  'live.entry_deleted': 'Live entry deleted',
  'staff.created': 'Staff member added',
  'staff.role_changed': 'Role changed',
  'staff.disabled': 'Staff member disabled',
  'staff.enabled': 'Staff member re-enabled',
  'staff.password_reset': 'Password reset (set-password link issued)',
  'settings.updated': 'Site settings changed',
  'settings.footer_menu_updated': 'Footer menu changed',
  'settings.locale_updated': 'Time zone or language changed',
  'tag.merged': 'Tags merged',
  'tag.deleted': 'Tag deleted',
  'content.imported': 'Content imported',
  'content.exported': 'Content exported',
} as const;

export type AuditAction = keyof typeof auditActionLabels;

export const auditActions = Object.keys(auditActionLabels) as AuditAction[];

export function isAuditAction(value: unknown): value is AuditAction {
  return typeof value === 'string' && Object.hasOwn(auditActionLabels, value);
}

/** What an entry is about; the id is stored as text (uuids, or "1" for the one settings row). */
export type AuditObjectType = 'user' | 'session' | 'article' | 'tag' | 'settings' | 'content';
