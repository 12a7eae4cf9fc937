// THE article document model: one extension list used by the editor, the server-side validator and the
// server renderer, so what staff can write, what the server accepts and what readers see never drift.
import type { Extensions } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { Figure } from './figure';
import { tableExtensions } from './table';
import { isAllowedHref } from './urls';

export const HEADING_LEVELS = [2, 3, 4] as const;

/**
 * `collaborative`: the editor's shared-document mode, where undo and redo come from the Yjs binding
 * (each person undoes only their own changes), so StarterKit's own history is left out. Same schema.
 */
export function articleExtensions(options: { collaborative?: boolean } = {}): Extensions {
  return [
    StarterKit.configure({
      ...(options.collaborative ? { undoRedo: false } : {}),
      heading: { levels: [...HEADING_LEVELS] },
      codeBlock: false,
      underline: false,
      link: {
        openOnClick: false,
        autolink: true,
        defaultProtocol: 'https',
        protocols: ['http', 'https', 'mailto'],
        isAllowedUri: (url) => isAllowedHref(url),
        HTMLAttributes: { rel: null, target: null },
      },
    }),
    Figure,
    ...tableExtensions,
  ];
}
