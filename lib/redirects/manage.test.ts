// Integration tests: redirects are admin-only, validated (site paths, no loops, no duplicates), and
// resolved by path with or without a trailing slash.
import { beforeAll, describe, expect, it } from 'vitest';
import { makeStaff } from '@/lib/articles/testing';
import type { Actor } from '@/lib/permissions/can';
import { deleteRedirect, listRedirects, saveRedirect } from './manage';
import { findRedirect } from './public';

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
});
