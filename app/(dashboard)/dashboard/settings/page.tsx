// Site settings (administrators only): name, description, copyright line, logo, default social image,
// the footer menu of pages, and the two-factor requirement.
import type { Metadata } from 'next';
import { requireStaffPage } from '@/lib/auth/current-user';
import { can } from '@/lib/permissions/can';
import { getSettingsForEdit } from '@/lib/settings/manage';
import { NotAllowed } from '@/components/dashboard/not-allowed';
import { getSecondFactorRoles } from '@/lib/settings/second-factor-roles';
import { getFooterMenuForEdit } from '@/lib/settings/footer';
import { FooterMenuForm } from './footer-menu-form.client';
import { roleLabels } from '@/lib/users/fields';
import { SecondFactorRolesForm } from './second-factor-form.client';
import { SettingsForm } from './settings-form.client';
import './settings.css';

export const metadata: Metadata = { title: 'Settings' };

export default async function SettingsPage() {
  const user = await requireStaffPage();
  if (!can(user, { kind: 'settings:manage' })) return <NotAllowed what="Changing site settings" />;
  const settings = await getSettingsForEdit(user);
  if (!settings) return <NotAllowed what="Changing site settings" />;
  const [secondFactorRoles, footerMenu] = await Promise.all([getSecondFactorRoles(user).then((r) => r ?? []), getFooterMenuForEdit(user)]);
  return (
    <>
      <div className="dash-page-header">
        <div>
          <h1>Settings</h1>
          <p className="dash-lede">How the public site names and presents itself.</p>
        </div>
      </div>
      <section className="dash-panel" aria-label="Site settings">
        <SettingsForm
          initial={{
            siteName: settings.siteName,
            description: settings.description,
            copyright: settings.copyright,
            logoId: settings.logo?.id ?? '',
            defaultSocialImageId: settings.defaultSocialImage?.id ?? '',
          }}
          logo={settings.logo}
          socialImage={settings.defaultSocialImage}
        />
      </section>
      <section className="dash-panel" aria-labelledby="footer-menu-title" id="footer-menu">
        <h2 id="footer-menu-title">Footer menu</h2>
        {footerMenu ? <FooterMenuForm initial={footerMenu} /> : null}
      </section>
      <section className="dash-panel" aria-labelledby="second-factor-settings-title">
        <h2 id="second-factor-settings-title">Two-factor sign-in</h2>
        <SecondFactorRolesForm roles={Object.entries(roleLabels).map(([value, label]) => ({ value, label }))} required={secondFactorRoles} />
      </section>
    </>
  );
}
