// Your profile: what readers see on your author page, your photo, and your password.
import type { Metadata } from 'next';
import Link from 'next/link';
import { requireStaffPage } from '@/lib/auth/current-user';
import { roleLabels } from '@/lib/users/fields';
import { getOwnProfile } from '@/lib/users/profile';
import { PasswordForm } from './password-form.client';
import { PhotoForm } from './photo-form.client';
import { ProfileForm } from './profile-form.client';
import { TwoFactorSection } from './two-factor-section';
import './profile.css';
import { dashboardPath } from '@/lib/core/routes';

export const metadata: Metadata = { title: 'Your profile' };

export default async function ProfilePage() {
  const user = await requireStaffPage();
  const profile = await getOwnProfile(user);
  if (!profile) return null;
  return (
    <>
      <div className="dash-page-header">
        <div>
          <h1>Your profile</h1>
          <p className="dash-lede">
            Signed in as {profile.email} ({roleLabels[profile.role]}). Your name, photo and bio appear on your{' '}
            <Link href={profile.authorPagePath}>author page</Link> once you have a published article.
          </p>
        </div>
      </div>
      <section className="dash-panel" aria-labelledby="profile-details-title">
        <h2 id="profile-details-title">Public details</h2>
        <ProfileForm initial={{ name: profile.name, slug: profile.slug, bio: profile.bio }} />
      </section>
      <section className="dash-panel" aria-labelledby="profile-photo-title">
        <h2 id="profile-photo-title">Photo</h2>
        <PhotoForm photo={profile.photo} name={profile.name} />
      </section>
      <section className="dash-panel" aria-labelledby="profile-password-title">
        <h2 id="profile-password-title">Password</h2>
        <PasswordForm email={profile.email} />
      </section>
      <section className="dash-panel" aria-labelledby="profile-sessions-title">
        <h2 id="profile-sessions-title">Sessions</h2>
        <p>
          <Link href={dashboardPath('profile/sessions')}>See where you’re signed in</Link> and sign out other devices.
        </p>
      </section>
      <TwoFactorSection actor={user} />
    </>
  );
}
