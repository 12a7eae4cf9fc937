// Name, slug and description inputs of a tag form, with their errors beside them.
import type { TagFormState } from './tag-form-state';

type Props = { idPrefix: string; state: TagFormState; initial: { name: string; slug: string; description: string }; slugHint: string };

export function TagFields({ idPrefix, state, initial, slugHint }: Props) {
  const value = (name: keyof Props['initial']) => state?.values?.[name] ?? initial[name];
  const error = (name: string) => state?.fieldErrors?.[name];
  return (
    <>
      <div className="field">
        <label htmlFor={`${idPrefix}-name`}>Name</label>
        <input id={`${idPrefix}-name`} name="name" type="text" required maxLength={60} defaultValue={value('name')} aria-invalid={error('name') ? true : undefined} />
        {error('name') ? <p className="field-error">{error('name')}</p> : null}
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-slug`}>Slug</label>
        <input id={`${idPrefix}-slug`} name="slug" type="text" maxLength={80} defaultValue={value('slug')} aria-invalid={error('slug') ? true : undefined} />
        <p className="field-hint">{slugHint}</p>
        {error('slug') ? <p className="field-error">{error('slug')}</p> : null}
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-description`}>Description</label>
        <textarea id={`${idPrefix}-description`} name="description" maxLength={500} rows={2} defaultValue={value('description')} />
        {error('description') ? <p className="field-error">{error('description')}</p> : null}
      </div>
    </>
  );
}
