'use server';
// Saves the site settings (administrators only: checked here and again in lib/settings/manage).
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getCurrentUser } from '@/lib/auth/current-user';
import { updateSiteSettings, type SettingsUpload } from '@/lib/settings/manage';
import { can } from '@/lib/permissions/can';
import { MALFORMED_REQUEST, type FormState } from '@/lib/core/form-state';
import { dashboardPath } from '@/lib/core/routes';


export type SettingsValues = { siteName: string; description: string; copyright: string; logoId: string; defaultSocialImageId: string };
export type SettingsState = FormState<SettingsValues> & { values: SettingsValues };

const text = z.string().max(5000).catch('');
const form = z.object({
  siteName: text,
  description: text,
  copyright: text,
  logoId: text,
  defaultSocialImageId: text,
  removeLogo: z.literal('on').optional().catch(undefined),
  removeSocialImage: z.literal('on').optional().catch(undefined),
});

async function upload(value: FormDataEntryValue | null): Promise<SettingsUpload | undefined> {
  if (!(value instanceof File) || value.size === 0) return undefined;
  return { bytes: Buffer.from(await value.arrayBuffer()), originalName: value.name };
}

export async function saveSettingsAction(_previous: SettingsState, formData: FormData): Promise<SettingsState> {
  // A server action is a public endpoint: a replayed call may send anything, not a form.
  if (!(formData instanceof FormData)) return { status: 'error', error: MALFORMED_REQUEST, fieldErrors: {}, values: _previous?.values ?? { siteName: '', description: '', copyright: '', logoId: '', defaultSocialImageId: '' } };
  const raw = form.parse(Object.fromEntries(['siteName', 'description', 'copyright', 'logoId', 'defaultSocialImageId', 'removeLogo', 'removeSocialImage'].map((k) => [k, formData.get(k) ?? undefined])));
  const values: SettingsValues = {
    siteName: raw.siteName,
    description: raw.description,
    copyright: raw.copyright,
    logoId: raw.removeLogo ? '' : raw.logoId,
    defaultSocialImageId: raw.removeSocialImage ? '' : raw.defaultSocialImageId,
  };
  const actor = await getCurrentUser();
  if (!actor || !can(actor, { kind: 'settings:manage' })) {
    return { status: 'error', error: actor ? 'Only administrators can change site settings.' : 'Your session has ended. Sign in again to continue.', fieldErrors: {}, values };
  }
  const result = await updateSiteSettings(actor, values, { logo: await upload(formData.get('logo')), defaultSocialImage: await upload(formData.get('socialImage')) });
  if (!result.ok) return { status: 'error', error: result.error, fieldErrors: result.fieldErrors ?? {}, values };
  revalidatePath(dashboardPath('settings'));
  const s = result.settings;
  return {
    status: 'done',
    values: { siteName: s.siteName, description: s.description, copyright: s.copyright, logoId: s.logo?.id ?? '', defaultSocialImageId: s.defaultSocialImage?.id ?? '' },
  };
}
