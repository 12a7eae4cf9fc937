// The way out of a second sign-in step that expired: its message and the link back to the password.
export const STEP_EXPIRED = 'This sign-in took too long. Start again with your password.';

export function StartAgainLink({ callbackUrl }: { callbackUrl: string }) {
  return (
    <a className="button" href={`/login?callbackUrl=${encodeURIComponent(callbackUrl)}`}>
      Start again
    </a>
  );
}
