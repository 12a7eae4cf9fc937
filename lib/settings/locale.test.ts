// The time-zone and language setting against a real database: admins only, validated, audited, and
// falling back to the environment's defaults when cleared.
import { describe, expect, it } from 'vitest';
import { makeStaff } from '@/lib/auth/two-factor/testing';
import { getSiteSettings } from './public';
import { getLocaleSettingsForEdit, getStaffSiteClock, updateLocaleSettings } from './locale';

describe('site time zone and language', () => {
  it('admins set them; readers, staff screens and the form see them; clearing restores the defaults', async () => {
    const admin = await makeStaff('admin');
    expect(await getLocaleSettingsForEdit(admin)).toMatchObject({ timeZone: '', locale: '', effective: { timeZone: 'UTC', locale: 'en' } });
    expect(await updateLocaleSettings(admin, { timeZone: 'Europe/Berlin', locale: 'de' })).toMatchObject({
      ok: true,
      settings: { timeZone: 'Europe/Berlin', locale: 'de', effective: { timeZone: 'Europe/Berlin', locale: 'de' } },
    });
    expect(await getSiteSettings()).toMatchObject({ timeZone: 'Europe/Berlin', locale: 'de' });
    expect(await getStaffSiteClock()).toEqual({ timeZone: 'Europe/Berlin', locale: 'de' });
    expect(await updateLocaleSettings(admin, { timeZone: '', locale: '' })).toMatchObject({ ok: true, settings: { effective: { timeZone: 'UTC', locale: 'en' } } });
    expect(await getSiteSettings()).toMatchObject({ timeZone: 'UTC', locale: 'en' });
  });

  it('refuses unknown zones and languages next to the field, and anyone but an admin', async () => {
    const admin = await makeStaff('admin');
    expect(await updateLocaleSettings(admin, { timeZone: 'Mars/Olympus', locale: 'en' })).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { timeZone: 'Choose a time zone from the list.' } });
    expect(await updateLocaleSettings(admin, { timeZone: 'UTC', locale: 'fr' })).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { locale: 'Choose a language from the list.' } });
    const editor = await makeStaff('editor');
    expect(await getLocaleSettingsForEdit(editor)).toBeNull();
    expect(await updateLocaleSettings(editor, { timeZone: 'Europe/Berlin', locale: 'de' })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await getSiteSettings()).toMatchObject({ timeZone: 'UTC', locale: 'en' });
  });
});
