'use client';
// Where someone is signed in: device, address, when it started and was last used, "this device", and
// buttons that end one session or all the others. The action decides whose sessions these are.
import { useActionState } from 'react';
import type { FormState } from '@/lib/core/form-state';
import { LocalTime } from './local-time.client';
import type { SessionItem } from './session-item';

type Props = {
  sessions: SessionItem[];
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  /** Hidden fields every form of this list posts (e.g. whose sessions these are). */
  fields?: Record<string, string>;
  /** The button that ends several at once ("Sign out everywhere else", "End all sessions of ..."), if any. */
  endAll?: { intent: string; label: string };
  /** Names the list for screen readers, e.g. "Sessions of Priya Castell". */
  label: string;
};

const initial: FormState = { status: 'idle' };

export function SessionList({ sessions, action, fields = {}, endAll, label }: Props) {
  const [state, formAction, pending] = useActionState(action, initial);
  const hidden = Object.entries(fields).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />);
  const others = sessions.filter((s) => !s.current).length;
  return (
    <div className="session-list">
      {sessions.length === 0 ? (
        <p className="field-hint">No active sessions.</p>
      ) : (
        <div className="table-scroll" role="region" aria-label={`${label}, scrolls sideways`} tabIndex={0}>
          <table className="dash-table" aria-label={label}>
            <thead>
              <tr>
                <th scope="col">Device</th>
                <th scope="col">Address</th>
                <th scope="col">Signed in</th>
                <th scope="col">Last seen</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {sessions.map((session) => (
                <tr key={session.id} className="session-row" data-current={session.current ? 'true' : undefined}>
                  <td>
                    {session.device} {session.current ? <span className="badge badge-ok">This device</span> : null}
                  </td>
                  <td>{session.ip ?? 'unknown'}</td>
                  <td>
                    <LocalTime iso={session.createdAt} />
                  </td>
                  <td>
                    <LocalTime iso={session.lastSeenAt} />
                  </td>
                  <td>
                    {session.current ? null : (
                      <form action={formAction}>
                        {hidden}
                        <input type="hidden" name="intent" value="one" />
                        <input type="hidden" name="sessionId" value={session.id} />
                        <button type="submit" className="button button-small button-danger" disabled={pending} aria-label={`End session on ${session.device}${session.ip ? ` at ${session.ip}` : ''}`}>
                          End session
                        </button>
                      </form>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {endAll && others > 0 ? (
        <form action={formAction} className="form-actions">
          {hidden}
          <input type="hidden" name="intent" value={endAll.intent} />
          <button type="submit" className="button button-small button-danger" disabled={pending}>
            {endAll.label}
          </button>
        </form>
      ) : null}
      <p className="form-error" role="alert">
        {state.status === 'error' ? state.error : ''}
      </p>
      <p className="form-success" role="status">
        {state.status === 'done' ? state.message : ''}
      </p>
    </div>
  );
}
