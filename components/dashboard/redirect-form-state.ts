// The state of a redirect form: what its action returns (message, errors by field, the values sent back).
import type { FormAction, FormState } from '@/lib/core/form-state';

export type RedirectValues = { fromPath: string; toPath: string; status: string };
export type RedirectFormState = FormState<RedirectValues>;
export type RedirectFormAction = FormAction<RedirectFormState>;
