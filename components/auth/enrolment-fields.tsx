// The fields of setting up a second factor, shared by sign-in enrolment and the profile page: the
// authenticator app's QR code, key and first code; and the name of a new passkey.
import type { ReactNode } from 'react';
import { FormField } from '@/components/ui/form-field';
import { QrCode } from '@/components/auth/qr-code';
import type { TotpEnrolment } from '@/lib/auth/two-factor/totp';

/** The QR code and, for who cannot scan it, the key to type. */
export function TotpKey({ enrolment }: { enrolment: TotpEnrolment }) {
  return (
    <>
      <QrCode qr={enrolment.qr} label="QR code for your authenticator app" />
      <p className="field-hint">
        Can’t scan it? Enter this key in the app: <code data-testid="totp-secret">{enrolment.secret}</code>
      </p>
    </>
  );
}

/** The first code from the app, which confirms it was set up. */
export function TotpCodeField({ id, error }: { id: string; error?: string }) {
  return <FormField id={id} name="code" label="Code from the app" inputMode="numeric" autoComplete="one-time-code" maxLength={7} required error={error} />;
}

type NameProps = { id: string; hint: ReactNode; value: string; onChange: (value: string) => void; error?: string };

export function PasskeyNameField({ id, hint, value, onChange, error }: NameProps) {
  return <FormField id={id} name="name" label="Device or key" hint={hint} value={value} onChange={(e) => onChange(e.target.value)} maxLength={60} error={error} />;
}
