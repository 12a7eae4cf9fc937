// What a server action hands back to the form that called it. Server actions are public endpoints, so
// every one of them can be called with something that is not its form: they all answer with one sentence.
export const MALFORMED_REQUEST = 'The request was malformed; reload the page.';

/**
 * The one shape of a form's state (React's useActionState): idle before the first submit, done (with an
 * optional sentence, plus whatever that form shows on success), or an error: a sentence for the alert and
 * messages by field. `values` sends back what was typed, so a refused form keeps it. Multi-step flows
 * (sign-in, enrolment) add their own step states beside these three.
 */
export type FormState<V extends object = Record<string, string>, Done extends object = object, Failed extends object = object> =
  | { status: 'idle'; values?: V }
  | ({ status: 'done'; message?: string; values?: V } & Done)
  | ({ status: 'error'; error?: string; fieldErrors?: Partial<Record<string, string>>; values?: V } & Failed);

/** A server action as a form calls it. */
export type FormAction<S> = (previous: S, form: FormData) => Promise<S>;

/** Before the first submit. */
export const IDLE = { status: 'idle' } as const;

/** The sentence a state shows: the success message or the error (nothing while idle). */
export const outcomeOf = (state: FormState<object> | null | undefined): { ok: boolean; text?: string } =>
  state?.status === 'done' ? { ok: true, text: state.message } : { ok: false, text: state?.status === 'error' ? state.error : undefined };

/** The messages by field of a refused submit (none otherwise). */
export const fieldErrorsOf = (state: FormState<object> | null | undefined): Partial<Record<string, string>> =>
  (state?.status === 'error' ? state.fieldErrors : undefined) ?? {};
