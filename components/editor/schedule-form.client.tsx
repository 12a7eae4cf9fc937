// Pick the date and time an article goes live, in the writer's own time zone (shown), sent as an
// absolute time so the server and every instance agree.
'use client';
import { useId, useState, type FormEvent } from 'react';
import { FormActions } from '@/components/ui/form-actions';
import { Field } from '@/components/ui/form-field';

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
      <Field id={id} label="Publish on" hint={`Time zone: ${zone}`} error={message} errorFor="scheduledAt">
        {(aria) => (
          <input
            {...aria}
            type="datetime-local"
            value={value}
            min={toLocalInput(new Date())}
            onChange={(e) => {
              setValue(e.target.value);
              setLocalError('');
            }}
          />
        )}
      </Field>
      <FormActions label="Schedule" pendingLabel="Scheduling…" pending={busy} onCancel={onCancel} />
    </form>
  );
}
