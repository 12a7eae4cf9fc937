// How the password provider tells the sign-in action that a second step comes next: the code of the
// CredentialsSignin it throws ("second-factor:<token>" or "enrol:<token>").
export type SecondStep = { step: 'second-factor' | 'enrol'; token: string };

export const secondStepCode = ({ step, token }: SecondStep) => `${step}:${token}`;

export function secondStepFromCode(code: string | undefined): SecondStep | null {
  const match = /^(second-factor|enrol):([A-Za-z0-9_-]{43})$/.exec(code ?? '');
  return match ? { step: match[1] as SecondStep['step'], token: match[2]! } : null;
}
