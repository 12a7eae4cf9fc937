// The frame of a second sign-in step's form (code, enrolment, continue): the pending sign-in's token and
// where to go after, the error line, and, once the step has expired, the way back to the password.
import type { ReactNode } from 'react';
import { loginPath } from '@/lib/core/routes';

export const STEP_EXPIRED = 'This sign-in took too long. Start again with your password.';

type Props = { token: string; callbackUrl: string; error?: string | null; expired?: boolean; children: ReactNode };

export function SignInStepFields({ token, callbackUrl, error, expired, children }: Props) {
  return (
    <>
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <div role="alert" className="form-error">
        {error}
      </div>
      {expired ? (
        <a className="button" href={loginPath({ callbackUrl })}>
          Start again
        </a>
      ) : (
        children
      )}
    </>
  );
}
