// What to tell someone when the browser's passkey prompt fails (cancelled, unsupported, or another error).
export function webauthnErrorMessage(error: unknown): string {
  const name = (error as { name?: string })?.name;
  if (name === 'NotAllowedError' || name === 'AbortError') return 'The passkey prompt was closed or timed out. Try again.';
  if (name === 'InvalidStateError') return 'This device already holds a passkey for your account.';
  if (name === 'NotSupportedError') return 'This browser or device does not support passkeys.';
  if (name === 'SecurityError') return 'Passkeys need this site opened at its own address (the SITE_URL it was set up with).';
  return 'The passkey did not work. Try again.';
}
