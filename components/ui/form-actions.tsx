// The end and the head of a form: its submit button (with the label it shows while pending) and an
// optional Cancel; and the live regions for the form's error and success messages.
import { outcomeOf, type FormState } from '@/lib/core/form-state';

type ActionsProps = {
  label: string;
  pendingLabel?: string;
  pending?: boolean;
  onCancel?: () => void;
  /** A secondary form (one of several on a page) gets a plain button. */
  plain?: boolean;
  /** Shown after the buttons, e.g. the outcome of the last submit. */
  children?: React.ReactNode;
};

export function FormActions({ label, pendingLabel, pending = false, onCancel, plain = false, children }: ActionsProps) {
  return (
    <div className="form-actions">
      <button type="submit" className={plain ? 'button' : 'button button-primary'} disabled={pending}>
        {pending && pendingLabel ? pendingLabel : label}
      </button>
      {onCancel ? (
        <button type="button" className="button button-quiet" onClick={onCancel}>
          Cancel
        </button>
      ) : null}
      {children}
    </div>
  );
}

/** The outcome of the last submit of a small form, beside its button (`inline` inside a line of controls). */
export function FormOutcome({ result, inline = false }: { result: FormState<object> | null | undefined; inline?: boolean }) {
  const { ok, text } = outcomeOf(result);
  const Tag = inline ? 'span' : 'p';
  return (
    <Tag role="status" className={ok ? 'form-success' : 'form-error'}>
      {text}
    </Tag>
  );
}

/** Both regions are always present, so screen readers announce a message when it appears. */
export function FormStatus({ error, success }: { error?: string | null; success?: string | null }) {
  return (
    <>
      <div role="alert" className="form-error">
        {error ?? null}
      </div>
      {success !== undefined ? (
        <div role="status" className="form-success">
          {success}
        </div>
      ) : null}
    </>
  );
}
