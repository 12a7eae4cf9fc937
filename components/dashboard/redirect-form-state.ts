// The result a redirect form action returns to its form (message, errors by field, the values sent back).
export type RedirectFormState = {
  ok: boolean;
  message: string;
  fieldErrors?: Partial<Record<'fromPath' | 'toPath' | 'status', string>>;
  values?: { fromPath: string; toPath: string; status: string };
} | null;

export type RedirectFormAction = (state: RedirectFormState, form: FormData) => Promise<RedirectFormState>;
