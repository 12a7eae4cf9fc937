// Integration tests: redirects are admin-only, validated (site paths, no chains or loops, no duplicates),
// and resolved by path with or without a trailing slash, whichever source wrote them.
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { redirects, tags } from '@/db/schema';
import { makeStaff } from '@/lib/articles/testing';
import type { Actor } from '@/lib/permissions/can';
import { deleteRedirect, listRedirects, saveRedirect } from './manage';
import { findRedirect, resolveOldAddress } from './public';

let admin: Actor;
let editor: Actor;

beforeAll(async () => {
  admin = await makeStaff('admin');
  editor = await makeStaff('editor');
});

describe('redirects', () => {
  it('an admin adds one; it resolves with or without the trailing slash', async () => {
    const result = await saveRedirect(admin, { fromPath: '/2019/05/old-story/', toPath: '/news/new-story', status: '308' });
    expect(result).toMatchObject({ ok: true, redirect: { fromPath: '/2019/05/old-story', toPath: '/news/new-story', status: 308, source: 'manual' } });
    expect(await findRedirect('/2019/05/old-story/')).toEqual({ to: '/news/new-story', status: 308 });
    expect(await findRedirect('/2019/05/old-story')).toEqual({ to: '/news/new-story', status: 308 });
    expect(await findRedirect('/2019/05/other')).toBeNull();
    expect((await listRedirects(admin, { query: 'old-story' })).items).toHaveLength(1);
  });

  it('refuses editors and changes nothing', async () => {
    expect(await saveRedirect(editor, { fromPath: '/a', toPath: '/b', status: 308 })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await findRedirect('/a')).toBeNull();
    expect((await listRedirects(editor)).items).toEqual([]);
    expect(await deleteRedirect(editor, { fromPath: '/2019/05/old-story' })).toMatchObject({ ok: false, code: 'forbidden' });
  });

  it('explains bad input next to the field', async () => {
    expect(await saveRedirect(admin, { fromPath: 'https://evil.example/x', toPath: '//evil.example', status: 302 })).toMatchObject({
      ok: false,
      code: 'invalid',
      fieldErrors: { fromPath: expect.stringMatching(/path on this site/), toPath: expect.stringMatching(/path on this site/), status: 'Choose 301 or 308.' },
    });
    expect(await saveRedirect(admin, { fromPath: '/loop/', toPath: '/loop', status: 308 })).toMatchObject({ fieldErrors: { toPath: 'A redirect cannot point at itself.' } });
    expect(await saveRedirect(admin, { fromPath: '/2019/05/old-story', toPath: '/news/x', status: 308 })).toMatchObject({ code: 'conflict', fieldErrors: { fromPath: expect.stringMatching(/already redirects/) } });
    expect(await findRedirect('/2019/05/old-story')).toEqual({ to: '/news/new-story', status: 308 });
  });

  it('changes and deletes one', async () => {
    const changed = await saveRedirect(admin, { originalFromPath: '/2019/05/old-story', fromPath: '/2019/05/older-story', toPath: '/news/newer', status: 301 });
    expect(changed.ok).toBe(true);
    expect(await findRedirect('/2019/05/old-story')).toBeNull();
    expect(await findRedirect('/2019/05/older-story/')).toEqual({ to: '/news/newer', status: 301 });
    expect(await deleteRedirect(admin, { fromPath: '/2019/05/older-story/' })).toMatchObject({ ok: true });
    expect(await findRedirect('/2019/05/older-story')).toBeNull();
    expect(await deleteRedirect(admin, { fromPath: '/2019/05/older-story' })).toMatchObject({ ok: false, code: 'not_found' });
  });

  it('refuses a chain or a loop, naming the address to use instead', async () => {
    expect((await saveRedirect(admin, { fromPath: '/a', toPath: '/b', status: 308 })).ok).toBe(true);
    expect(await saveRedirect(admin, { fromPath: '/b', toPath: '/a', status: 308 })).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { toPath: 'That address redirects back here: the two would loop.' } });
    expect(await saveRedirect(admin, { fromPath: '/c', toPath: '/a/', status: 308 })).toMatchObject({ ok: false, fieldErrors: { toPath: 'That address itself redirects to /b; point at that instead.' } });
    expect(await saveRedirect(admin, { fromPath: '/b', toPath: '/d', status: 308 })).toMatchObject({ ok: false, fieldErrors: { fromPath: expect.stringMatching(/^\/a already redirects to this address/) } });
    expect(await findRedirect('/b')).toBeNull();
    expect(await findRedirect('/c')).toBeNull();
    // Changing the one redirect itself is no chain: its old row goes.
    expect((await saveRedirect(admin, { originalFromPath: '/a', fromPath: '/a', toPath: '/e', status: 301 })).ok).toBe(true);
    expect(await findRedirect('/a')).toEqual({ to: '/e', status: 301 });
  });

  it('resolves an imported address and answers nothing for a stored row that points at itself', async () => {
    const db = await getDb();
    await db.insert(redirects).values([
      { fromPath: '/?p=12', toPath: '/news/imported', status: 308, source: 'wordpress' },
      { fromPath: '/self', toPath: '/self/', status: 308, source: 'wordpress' },
    ]);
    expect(await findRedirect('/?p=12')).toEqual({ to: '/news/imported', status: 308 });
    expect(await resolveOldAddress('/?p=12')).toEqual({ kind: 'path', path: '/news/imported', status: 308 });
    expect(await resolveOldAddress('/self')).toBeNull();
  });

  it('leaves a renamed thing’s old addresses to its own domain: not listed, not editable, not deletable here', async () => {
    const db = await getDb();
    const [tag] = await db.insert(tags).values({ name: 'Harbour', slug: 'harbour' }).returning();
    await db.insert(redirects).values({ fromPath: '/tag/old-harbour', source: 'slug-change', tagId: tag!.id });
    expect(await resolveOldAddress('/tag/old-harbour/')).toEqual({ kind: 'tag', id: tag!.id });
    expect(await findRedirect('/tag/old-harbour')).toBeNull();
    expect((await listRedirects(admin, { query: 'harbour' })).items).toEqual([]);
    expect(await saveRedirect(admin, { fromPath: '/tag/old-harbour', toPath: '/x', status: 308 })).toMatchObject({ ok: false, code: 'conflict', fieldErrors: { fromPath: expect.stringMatching(/renamed article, tag or author/) } });
    expect(await saveRedirect(admin, { fromPath: '/y', toPath: '/tag/old-harbour', status: 308 })).toMatchObject({ ok: false, fieldErrors: { toPath: expect.stringMatching(/old one of a renamed tag/) } });
    expect(await deleteRedirect(admin, { fromPath: '/tag/old-harbour' })).toMatchObject({ ok: false, code: 'not_found' });
    expect(await resolveOldAddress('/tag/old-harbour')).toEqual({ kind: 'tag', id: tag!.id });
  });
});
