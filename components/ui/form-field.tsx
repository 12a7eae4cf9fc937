// The one form-field frame: label, control, hint and the server's message, tied together for screen
// readers (aria-describedby, aria-invalid). FormField, FormTextArea and FormSelect are the uncontrolled
// controls for forms posted to server actions; controlled fields (the editor's) use Field directly.
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';

export type FieldAria = { id: string; 'aria-invalid': true | undefined; 'aria-describedby': string | undefined };

type FrameProps = {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  className?: string;
  /** Marks the message with the field's name (the editor scrolls to the first one). */
  errorFor?: string;
};

export function Field({ id, label, hint, error, className, errorFor, children }: FrameProps & { children: (aria: FieldAria) => ReactNode }) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={`${id}-error`} data-field-error={errorFor}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

type Named = { id: string; name: string; label: string; hint?: ReactNode; error?: string };

export function FormField({ id, name, label, hint, error, ...input }: Named & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'name'>) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(aria) => <input name={name} {...input} {...aria} />}
    </Field>
  );
}

export function FormTextArea({ id, name, label, hint, error, ...textarea }: Named & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'name'>) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(aria) => <textarea name={name} {...textarea} {...aria} />}
    </Field>
  );
}

export function FormSelect({ id, name, label, hint, error, children, ...select }: Named & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'name'>) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(aria) => (
        <select name={name} {...select} {...aria}>
          {children}
        </select>
      )}
    </Field>
  );
}

/**
 * Ties a posted field to its form's state: `bind('slug')` gives the id (`<prefix>-slug`), the name, the
 * value to show again after a refusal (nothing typed is lost) and the server's message for it.
 */
export function fieldBinder<V extends object>(prefix: string, values: V, errors: Partial<Record<string, string>>) {
  return (name: keyof V & string) => ({ id: `${prefix}-${name}`, name, defaultValue: String(values[name] ?? ''), error: errors[name] });
}

/** A select's choices, one <option> each. */
export function Options({ choices }: { choices: readonly { value: string; label: string }[] }) {
  return choices.map((c) => (
    <option key={c.value} value={c.value}>
      {c.label}
    </option>
  ));
}
