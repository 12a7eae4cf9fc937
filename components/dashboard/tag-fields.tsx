// Name, slug and description inputs of a tag form, with their errors beside them.
import { FormField, FormTextArea } from '@/components/ui/form-field';
import { fieldErrorsOf } from '@/lib/core/form-state';
import type { TagFormState } from './tag-form-state';

type Props = { idPrefix: string; state: TagFormState; initial: { name: string; slug: string; description: string }; slugHint: string };

export function TagFields({ idPrefix, state, initial, slugHint }: Props) {
  const value = (name: keyof Props['initial']) => state.values?.[name] ?? initial[name];
  const error = (name: string) => fieldErrorsOf(state)[name];
  return (
    <>
      <FormField id={`${idPrefix}-name`} name="name" label="Name" type="text" required maxLength={60} defaultValue={value('name')} error={error('name')} />
      <FormField id={`${idPrefix}-slug`} name="slug" label="Slug" type="text" maxLength={80} defaultValue={value('slug')} error={error('slug')} hint={slugHint} />
      <FormTextArea id={`${idPrefix}-description`} name="description" label="Description" maxLength={500} rows={2} defaultValue={value('description')} error={error('description')} />
    </>
  );
}
