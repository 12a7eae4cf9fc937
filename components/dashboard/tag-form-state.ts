// The state of a tag form: what its action returns (message, errors by field, the values sent back).
import type { FormAction, FormState } from '@/lib/core/form-state';

export type TagValues = { name: string; slug: string; description: string };
export type TagFormState = FormState<TagValues>;
export type TagFormAction = FormAction<TagFormState>;
