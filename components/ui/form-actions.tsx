// The end and the head of a form: its submit button (with the label it shows while pending) and an
// optional Cancel; and the live regions for the form's error and success messages.
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
      <button type="submit" className={plain ? 'button' : 'button button-primary'} disabled={pendingLabel ? pending : undefined}>
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

/** The outcome of the last submit of a small form, beside its button. */
export function FormOutcome({ result }: { result: { ok?: boolean; message?: string } | null | undefined }) {
  return (
    <p role="status" className={result?.ok ? 'form-success' : 'form-error'}>
      {result?.message}
    </p>
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
