// The "require a second factor" roles setting against a real database.
import { describe, expect, it } from 'vitest';
import { makeStaff } from '@/lib/auth/two-factor/testing';
import { getSecondFactorRoles, setSecondFactorRoles } from './second-factor-roles';

describe('second-factor roles', () => {
  it('admins set and read them (stored in role order); bad roles are refused with a message', async () => {
    const admin = await makeStaff('admin');
    expect(await getSecondFactorRoles(admin)).toEqual([]);
    expect(await setSecondFactorRoles(admin, { roles: ['editor', 'admin'] })).toEqual({ ok: true, roles: ['editor', 'admin'] });
    expect(await getSecondFactorRoles(admin)).toEqual(['editor', 'admin']);
    expect(await setSecondFactorRoles(admin, { roles: ['owner'] })).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { roles: expect.any(String) } });
    expect(await getSecondFactorRoles(admin)).toEqual(['editor', 'admin']);
    const editor = await makeStaff('editor');
    expect(await getSecondFactorRoles(editor)).toBeNull();
    expect(await setSecondFactorRoles(editor, { roles: [] })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await getSecondFactorRoles(admin)).toEqual(['editor', 'admin']);
  });
});
