// Bylines in order: one or more staff; editors and admins may add, remove and reorder them.
'use client';
import { useId, useState } from 'react';
import type { StaffOption } from '@/lib/articles/editorial-types';

type Props = {
  selectedIds: string[];
  staff: StaffOption[];
  canChange: boolean;
  error?: string;
  max: number;
  onChange: (ids: string[]) => void;
};

export function BylinePicker({ selectedIds, staff, canChange, error, max, onChange }: Props) {
  const id = useId();
  const [adding, setAdding] = useState('');
  const nameOf = (uid: string) => staff.find((s) => s.id === uid)?.name ?? 'Former staff member';
  const available = staff.filter((s) => !selectedIds.includes(s.id));
  const move = (index: number, by: -1 | 1) => {
    const next = [...selectedIds];
    const [item] = next.splice(index, 1);
    next.splice(index + by, 0, item!);
    onChange(next);
  };
  return (
    <fieldset className="field byline-picker">
      <legend>Bylines</legend>
      <ol className="bylines">
        {selectedIds.map((uid, index) => (
          <li key={uid}>
            <span>{nameOf(uid)}</span>
            {canChange ? (
              <span className="byline-actions">
                <button type="button" className="icon-button" aria-label={`Move ${nameOf(uid)} up`} disabled={index === 0} onClick={() => move(index, -1)}>
                  ↑
                </button>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Move ${nameOf(uid)} down`}
                  disabled={index === selectedIds.length - 1}
                  onClick={() => move(index, 1)}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Remove ${nameOf(uid)} from the bylines`}
                  disabled={selectedIds.length === 1}
                  onClick={() => onChange(selectedIds.filter((x) => x !== uid))}
                >
                  ×
                </button>
              </span>
            ) : null}
          </li>
        ))}
      </ol>
      {canChange ? (
        <div className="inline-add">
          <label htmlFor={id}>Add a byline</label>
          <select id={id} value={adding} onChange={(e) => setAdding(e.target.value)} disabled={selectedIds.length >= max}>
            <option value="">Choose a person…</option>
            {available.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button"
            disabled={!adding}
            onClick={() => {
              onChange([...selectedIds, adding]);
              setAdding('');
            }}
          >
            Add
          </button>
        </div>
      ) : (
        <p className="field-hint">Editors can change bylines.</p>
      )}
      {error ? (
        <p className="field-error" data-field-error="authorIds">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
