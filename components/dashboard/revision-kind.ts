// How each kind of revision is named in the history.
import type { RevisionKind } from '@/lib/articles/editorial-types';

export const REVISION_KIND_LABEL: Record<RevisionKind, string> = {
  autosave: 'Autosaved',
  save: 'Saved',
  publish: 'Published',
  restore: 'Restored',
};
