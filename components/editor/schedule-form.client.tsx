// Pick the date and time an article goes live, in the writer's own time zone (shown), sent as an
// absolute time so the server and every instance agree.
'use client';
import { useId, useState, type FormEvent } from 'react';

type Props = { initial: string | null; error?: string; busy: boolean; onSchedule: (iso: string) => void; onCancel: () => void };

function toLocalInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function ScheduleForm({ initial, error, busy, onSchedule, onCancel }: Props) {
  const id = useId();
  const [value, setValue] = useState(() => toLocalInput(initial ? new Date(initial) : new Date(Date.now() + 3600_000)));
  const [localError, setLocalError] = useState('');
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const date = new Date(value);
    if (!value || Number.isNaN(date.getTime())) {
      setLocalError('Choose a date and time.');
      return;
    }
    if (date.getTime() <= Date.now()) {
      setLocalError('Choose a time in the future (or use Publish now).');
      return;
    }
    onSchedule(date.toISOString());
  };
  const message = localError || error;
  return (
    <form className="schedule-form" onSubmit={submit}>
      <div className="field">
        <label htmlFor={id}>Publish on</label>
        <input
          id={id}
          type="datetime-local"
          value={value}
          min={toLocalInput(new Date())}
          aria-invalid={message ? true : undefined}
          aria-describedby={`${id}-zone${message ? ` ${id}-error` : ''}`}
          onChange={(e) => {
            setValue(e.target.value);
            setLocalError('');
          }}
        />
        <p id={`${id}-zone`} className="field-hint">
          Time zone: {zone}
        </p>
        {message ? (
          <p id={`${id}-error`} className="field-error" data-field-error="scheduledAt">
            {message}
          </p>
        ) : null}
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Scheduling…' : 'Schedule'}
        </button>
        <button type="button" className="button button-quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
