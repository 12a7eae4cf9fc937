// The result a tag form action returns to its form (message, errors by field, the values sent back).
export type TagFormState = {
  ok: boolean;
  message: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
} | null;

export type TagFormAction = (state: TagFormState, form: FormData) => Promise<TagFormState>;
