// One button beside a staff member, posted with their id (and what to do), and the outcome's error.
import type { ReactNode } from 'react';

type Props = { action: (data: FormData) => void; userId: string; intent?: string; className: string; pending: boolean; children: ReactNode };

export function StaffActionForm({ action, userId, intent, className, pending, children }: Props) {
  return (
    <form action={action}>
      <input type="hidden" name="userId" value={userId} />
      {intent ? <input type="hidden" name="intent" value={intent} /> : null}
      <button type="submit" className={className} disabled={pending}>
        {children}
      </button>
    </form>
  );
}

export function StaffActionError({ state }: { state: { status: string; error?: string } }) {
  return state.status === 'error' ? (
    <p className="form-error" role="alert">
      {state.error}
    </p>
  ) : null;
}
