// Site settings edits against a real database: validation, library images by id, uploads.
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { siteSettings, users } from '@/db/schema';
import type { Actor } from '@/lib/permissions/can';
import { getSettingsForEdit, updateSiteSettings } from './manage';
import { makeTempDataDir, removeTempDataDir } from '@/lib/core/temp-data-dir';

let admin: Actor;
const base = { siteName: 'The Kessen Courier', description: 'Local news.', copyright: '© Courier Ltd', logoId: '', defaultSocialImageId: '' };

beforeAll(async () => {
  makeTempDataDir('byline-settings-');
  const db = await getDb();
  const [row] = await db.insert(users).values({ email: 'a@example.com', name: 'A', slug: 'a-admin', role: 'admin' }).returning();
  admin = { id: row!.id, role: 'admin' };
});

afterAll(() => removeTempDataDir());

describe('updateSiteSettings', () => {
  it('creates the row on first save and updates it after', async () => {
    expect(await updateSiteSettings(admin, base)).toMatchObject({ ok: true, settings: { siteName: 'The Kessen Courier', logo: null } });
    expect(await updateSiteSettings(admin, { ...base, siteName: 'Kessen Courier' })).toMatchObject({ ok: true, settings: { siteName: 'Kessen Courier' } });
    const db = await getDb();
    expect(await db.select().from(siteSettings)).toHaveLength(1);
  });

  it('reports invalid fields next to them', async () => {
    const result = await updateSiteSettings(admin, { ...base, siteName: ' ', description: 'x'.repeat(301), logoId: 'nope' });
    expect(result).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { siteName: expect.any(String), description: expect.any(String), logoId: expect.any(String) } });
    const missing = await updateSiteSettings(admin, { ...base, logoId: '00000000-0000-4000-8000-000000000000' });
    expect(missing).toMatchObject({ ok: false, fieldErrors: { logoId: 'That image is no longer in the library.' } });
  });

  it('stores uploaded images, keeps them by id, and clears them', async () => {
    const png = await sharp({ create: { width: 1200, height: 630, channels: 3, background: '#224466' } }).png().toBuffer();
    const saved = await updateSiteSettings(admin, base, { logo: { bytes: png, originalName: 'logo.png' }, defaultSocialImage: { bytes: png, originalName: 'og.png' } });
    if (!saved.ok) throw new Error(saved.error);
    expect(saved.settings.logo?.src).toMatch(/^\/media\//);
    const kept = await updateSiteSettings(admin, { ...base, logoId: saved.settings.logo!.id, defaultSocialImageId: saved.settings.defaultSocialImage!.id });
    expect(kept).toMatchObject({ ok: true, settings: { logo: { id: saved.settings.logo!.id } } });
    const bad = await updateSiteSettings(admin, base, { logo: { bytes: Buffer.from('nope'), originalName: 'x.png' } });
    expect(bad).toMatchObject({ ok: false, fieldErrors: { logoId: expect.any(String) } });
    expect(await updateSiteSettings(admin, base)).toMatchObject({ ok: true, settings: { logo: null, defaultSocialImage: null } });
    expect((await getSettingsForEdit(admin))?.copyright).toBe('© Courier Ltd');
  });
});
