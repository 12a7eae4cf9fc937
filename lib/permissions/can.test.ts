// The role rules of issue 4 (WordPress/Ghost style), checked action by action for every role.
import { describe, expect, it } from 'vitest';
import type { ArticleStatus, Role } from '@/db/schema';
import { can, type Action, type Actor, type ArticleRef } from './can';

const roles: Role[] = ['contributor', 'author', 'editor', 'admin'];
const actor = (role: Role, id = `${role}-id`): Actor => ({ id, role });
const own = (a: Actor, status: ArticleStatus = 'draft'): ArticleRef => ({ createdById: a.id, authorIds: [a.id], status });
const others = (status: ArticleStatus = 'draft'): ArticleRef => ({ createdById: 'someone-else', authorIds: ['someone-else'], status });
const allowedRoles = (make: (a: Actor) => Action) => roles.filter((role) => can(actor(role), make(actor(role))));

describe('can(): nobody without an active account', () => {
  const every: Action[] = [
    { kind: 'dashboard:view' },
    { kind: 'article:create' },
    { kind: 'article:edit', article: others() },
    { kind: 'article:publish', article: others() },
    { kind: 'tag:create' },
    { kind: 'tag:manage' },
    { kind: 'page:create' },
    { kind: 'media:upload' },
    { kind: 'media:edit', media: { uploadedById: null } },
    { kind: 'staff:manage' },
    { kind: 'settings:manage' },
    { kind: 'profile:edit', userId: 'x' },
    { kind: 'profile:upload-photo', userId: 'x' },
    { kind: 'session:view', ownerId: 'x' },
    { kind: 'session:end', ownerId: 'x' },
    { kind: 'audit:view' },
    { kind: 'site:export' },
    { kind: 'second-factor:manage', userId: 'x' },
    { kind: 'second-factor:reset', userId: 'x' },
  ];
  it.each(every)('refuses anonymous and disabled actors: $kind', (action) => {
    expect(can(null, action)).toBe(false);
    expect(can(undefined, action)).toBe(false);
    expect(can({ id: 'x', role: 'admin', disabled: true }, action)).toBe(false);
  });
});

describe('can(): contributor writes and submits own drafts, cannot publish', () => {
  it('creates, edits own drafts and submits them', () => {
    expect(allowedRoles(() => ({ kind: 'article:create' }))).toEqual(roles);
    expect(allowedRoles((a) => ({ kind: 'article:edit', article: own(a, 'draft') }))).toEqual(roles);
    expect(allowedRoles((a) => ({ kind: 'article:submit', article: own(a, 'draft') }))).toEqual(roles);
    expect(allowedRoles((a) => ({ kind: 'article:edit', article: own(a, 'review') }))).toEqual(roles);
  });
  it('loses the pen once the piece is scheduled or published, and never sees others’ work', () => {
    expect(allowedRoles((a) => ({ kind: 'article:edit', article: own(a, 'published') }))).toEqual(['author', 'editor', 'admin']);
    expect(allowedRoles((a) => ({ kind: 'article:edit', article: own(a, 'scheduled') }))).toEqual(['author', 'editor', 'admin']);
    expect(allowedRoles(() => ({ kind: 'article:view', article: others() }))).toEqual(['editor', 'admin']);
    expect(allowedRoles(() => ({ kind: 'article:edit', article: others() }))).toEqual(['editor', 'admin']);
  });
  it('cannot publish, unpublish or upload', () => {
    expect(allowedRoles((a) => ({ kind: 'article:publish', article: own(a) }))).toEqual(['author', 'editor', 'admin']);
    expect(allowedRoles((a) => ({ kind: 'article:unpublish', article: own(a, 'published') }))).toEqual(['author', 'editor', 'admin']);
    expect(allowedRoles(() => ({ kind: 'media:upload' }))).toEqual(['author', 'editor', 'admin']);
  });
});

describe('can(): author publishes own work and uploads media', () => {
  it('publishes, updates and unpublishes own articles only', () => {
    expect(allowedRoles(() => ({ kind: 'article:publish', article: others() }))).toEqual(['editor', 'admin']);
    expect(allowedRoles(() => ({ kind: 'article:unpublish', article: others('published') }))).toEqual(['editor', 'admin']);
    expect(allowedRoles((a) => ({ kind: 'article:publish', article: own(a, 'trash') }))).toEqual(['editor', 'admin']);
  });
  it('edits only media they uploaded', () => {
    expect(allowedRoles((a) => ({ kind: 'media:edit', media: { uploadedById: a.id } }))).toEqual(['author', 'editor', 'admin']);
    expect(allowedRoles(() => ({ kind: 'media:edit', media: { uploadedById: 'someone-else' } }))).toEqual(['editor', 'admin']);
  });
});

describe('can(): editor runs the whole newsroom, admin also staff and settings', () => {
  it.each(['article:schedule', 'article:trash', 'article:restore', 'article:set-bylines'] as const)('%s is for editors and admins', (kind) => {
    expect(allowedRoles((a) => ({ kind, article: own(a) }))).toEqual(['editor', 'admin']);
  });
  it('manages tags (anyone may create one while writing)', () => {
    expect(allowedRoles(() => ({ kind: 'tag:manage' }))).toEqual(['editor', 'admin']);
    expect(allowedRoles(() => ({ kind: 'page:create' }))).toEqual(['editor', 'admin']);
    expect(allowedRoles(() => ({ kind: 'tag:create' }))).toEqual(roles);
  });
  it('keeps staff accounts and site settings to admins', () => {
    expect(allowedRoles(() => ({ kind: 'staff:manage' }))).toEqual(['admin']);
    expect(allowedRoles(() => ({ kind: 'settings:manage' }))).toEqual(['admin']);
  });
});

describe('can(): everyone edits their own profile', () => {
  it('own profile and photo for every role; someone else’s only for admins', () => {
    expect(allowedRoles((a) => ({ kind: 'profile:edit', userId: a.id }))).toEqual(roles);
    expect(allowedRoles((a) => ({ kind: 'profile:upload-photo', userId: a.id }))).toEqual(roles);
    expect(allowedRoles(() => ({ kind: 'profile:edit', userId: 'someone-else' }))).toEqual(['admin']);
    expect(allowedRoles(() => ({ kind: 'profile:upload-photo', userId: 'someone-else' }))).toEqual(['admin']);
  });
});

describe('can(): sessions and the audit log', () => {
  it('own sessions for every role; someone else’s only for admins; the audit log for admins', () => {
    expect(allowedRoles((a) => ({ kind: 'session:view', ownerId: a.id }))).toEqual(roles);
    expect(allowedRoles((a) => ({ kind: 'session:end', ownerId: a.id }))).toEqual(roles);
    expect(allowedRoles(() => ({ kind: 'session:view', ownerId: 'someone-else' }))).toEqual(['admin']);
    expect(allowedRoles(() => ({ kind: 'session:end', ownerId: 'someone-else' }))).toEqual(['admin']);
    expect(allowedRoles(() => ({ kind: 'audit:view' }))).toEqual(['admin']);
    expect(allowedRoles(() => ({ kind: 'site:export' }))).toEqual(['admin']);
  });
});

describe('can(): second factors', () => {
  it('everyone manages their own and nobody else’s; only admins reset someone’s', () => {
    expect(allowedRoles((a) => ({ kind: 'second-factor:manage', userId: a.id }))).toEqual(roles);
    expect(allowedRoles(() => ({ kind: 'second-factor:manage', userId: 'someone-else' }))).toEqual([]);
    expect(allowedRoles(() => ({ kind: 'second-factor:reset', userId: 'someone-else' }))).toEqual(['admin']);
  });
});

describe('can(): live coverage (issue 12)', () => {
  it('posting an entry follows editing the article: contributors only before it is public', () => {
    expect(allowedRoles((a) => ({ kind: 'live-entry:post', article: own(a, 'published') }))).toEqual(['author', 'editor', 'admin']);
    expect(allowedRoles((a) => ({ kind: 'live-entry:post', article: own(a, 'draft') }))).toEqual(roles);
    expect(allowedRoles((a) => ({ kind: 'live-entry:post', article: own(a, 'review') }))).toEqual(roles);
    expect(allowedRoles(() => ({ kind: 'live-entry:post', article: others('published') }))).toEqual(['editor', 'admin']);
    expect(allowedRoles((a) => ({ kind: 'live-entry:post', article: own(a, 'trash') }))).toEqual(['editor', 'admin']);
  });
  it('editing an entry: editors any, others only their own entries where they may still post', () => {
    expect(allowedRoles((a) => ({ kind: 'live-entry:edit', article: own(a, 'published'), entryAuthorId: a.id }))).toEqual(['author', 'editor', 'admin']);
    expect(allowedRoles((a) => ({ kind: 'live-entry:edit', article: own(a, 'draft'), entryAuthorId: a.id }))).toEqual(roles);
    expect(allowedRoles((a) => ({ kind: 'live-entry:edit', article: own(a, 'published'), entryAuthorId: 'someone-else' }))).toEqual(['editor', 'admin']);
    expect(allowedRoles((a) => ({ kind: 'live-entry:edit', article: others('published'), entryAuthorId: a.id }))).toEqual(['editor', 'admin']);
  });
  it('deleting an entry is for editors and admins; starting and ending coverage for whoever may publish', () => {
    expect(allowedRoles((a) => ({ kind: 'live-entry:delete', article: own(a, 'published') }))).toEqual(['editor', 'admin']);
    expect(allowedRoles((a) => ({ kind: 'live:manage', article: own(a, 'published') }))).toEqual(['author', 'editor', 'admin']);
    expect(allowedRoles(() => ({ kind: 'live:manage', article: others('published') }))).toEqual(['editor', 'admin']);
  });
  it('refuses anonymous and disabled actors', () => {
    const actions: Action[] = [
      { kind: 'live-entry:post', article: others() },
      { kind: 'live-entry:edit', article: others(), entryAuthorId: 'x' },
      { kind: 'live-entry:delete', article: others() },
      { kind: 'live:manage', article: others() },
    ];
    for (const action of actions) {
      expect(can(null, action)).toBe(false);
      expect(can({ id: 'x', role: 'admin', disabled: true }, action)).toBe(false);
    }
  });
});
