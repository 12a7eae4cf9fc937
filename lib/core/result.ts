// The typed outcome of every write in lib/: ok with its data, or one of four expected failures with a
// sentence for the form and messages keyed by field. Domains narrow the field names where they know them.
import { MALFORMED_REQUEST } from './form-state';

export type FieldMessages = Partial<Record<string, string>>;

export type WriteFailure<E extends FieldMessages = FieldMessages> = {
  ok: false;
  code: 'forbidden' | 'not_found' | 'invalid' | 'conflict';
  /** One sentence for the form's alert. */
  error: string;
  /** Messages keyed by field name, shown next to the field. */
  fieldErrors?: E;
};

export type WriteResult<T extends object = object, E extends FieldMessages = FieldMessages> = ({ ok: true } & T) | WriteFailure<E>;

export const forbidden = (error = 'You are not allowed to do that.'): WriteFailure => ({ ok: false, code: 'forbidden', error });
/** A call that is not the form it claims to be (server actions are public endpoints). */
export const malformed = (): WriteFailure => ({ ok: false, code: 'invalid', error: MALFORMED_REQUEST });
export const notFound = (error = 'That staff member no longer exists.'): WriteFailure => ({ ok: false, code: 'not_found', error });

/** Turns zod issues into one message per field (the first issue wins). */
export function invalid(issues: readonly { path: readonly PropertyKey[]; message: string }[]): WriteFailure {
  const fieldErrors: Record<string, string> = {};
  for (const issue of issues) fieldErrors[String(issue.path[0] ?? 'form')] ??= issue.message;
  return { ok: false, code: 'invalid', error: 'Check the highlighted fields.', fieldErrors };
}

/** The unique constraint a failed insert/update hit, if that is why it failed (drizzle wraps the driver error). */
export function violatedUniqueConstraint(error: unknown): string | null {
  for (let e: unknown = error, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const pg = e as { code?: string; constraint?: string; message?: string };
    if (pg.code === '23505') return pg.constraint ?? /constraint "([^"]+)"/.exec(pg.message ?? '')?.[1] ?? 'unique';
  }
  return null;
}
