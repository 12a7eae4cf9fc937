// The password step's hand-off to the second step: a pending sign-in named in the refusal code.
import { describe, expect, it } from 'vitest';
import { findPendingSignIn } from './pending-sign-in';
import { secondStepCode, secondStepFromCode } from './second-step-code';
import { stepAfterPassword } from './sign-in';
import { makeStaff, totpCode } from './testing';
import { confirmTotpEnrolment, startTotpEnrolment } from './totp';

describe('second-step codes', () => {
  it('round-trip a pending sign-in the password step made', async () => {
    const actor = await makeStaff();
    const start = await startTotpEnrolment(actor);
    if (!start.ok) throw new Error(start.error);
    await confirmTotpEnrolment(actor, { code: totpCode(start.enrolment.secret) });
    const next = await stepAfterPassword(actor);
    if (next.step === 'none') throw new Error('expected a second step');
    const parsed = secondStepFromCode(secondStepCode(next));
    expect(parsed).toEqual({ step: 'second-factor', token: next.token });
    expect(await findPendingSignIn(parsed!.token)).toMatchObject({ userId: actor.id, purpose: 'second-factor', verified: false });
  });

  it('reads only well-formed codes', () => {
    expect(secondStepFromCode('invalid')).toBeNull();
    expect(secondStepFromCode('locked:15')).toBeNull();
    expect(secondStepFromCode('second-factor:short')).toBeNull();
    expect(secondStepFromCode(undefined)).toBeNull();
  });
});
