// "Sign-in security" on the profile page: the person's second factors, read on the server.
import { getOwnSecondFactors } from '@/lib/auth/two-factor/manage';
import type { Actor } from '@/lib/permissions/can';
import { PasskeyPanel } from './passkey-panel.client';
import { RecoveryPanel } from './recovery-panel.client';
import { TotpPanel } from './totp-panel.client';

const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

export async function TwoFactorSection({ actor }: { actor: Actor }) {
  const factors = await getOwnSecondFactors(actor);
  if (!factors) return null;
  const hasFactor = factors.totp !== null || factors.passkeys.length > 0;
  return (
    <section className="dash-panel" aria-labelledby="profile-security-title">
      <h2 id="profile-security-title">Sign-in security</h2>
      <p className="dash-lede">
        {hasFactor ? 'Signing in asks for a second factor after your password.' : 'Add a second factor so a stolen password is not enough to sign in as you.'}
        {factors.required && hasFactor ? ' Your role requires one, so the last one cannot be removed.' : ''}
      </p>
      {factors.required && !hasFactor ? (
        <p className="form-error" role="note">
          Your role requires a second factor. Set one up now; your next sign-in will ask you to anyway.
        </p>
      ) : null}
      <TotpPanel setUpOn={factors.totp ? day.format(factors.totp.confirmedAt) : null} />
      <PasskeyPanel
        passkeys={factors.passkeys.map((p) => ({
          id: p.id,
          name: p.name,
          createdAt: day.format(p.createdAt),
          lastUsedAt: p.lastUsedAt ? day.format(p.lastUsedAt) : null,
        }))}
      />
      {hasFactor ? <RecoveryPanel left={factors.recoveryCodesLeft} /> : null}
    </section>
  );
}
