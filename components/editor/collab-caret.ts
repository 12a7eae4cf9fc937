// Other people's carets and selections in the body, each with their name and colour, from the shared
// document's awareness (y-tiptap's cursor plugin; the published caret extension lags Tiptap's version).
import { Extension } from '@tiptap/core';
import { yCursorPlugin } from '@tiptap/y-tiptap';
import type { Awareness } from 'y-protocols/awareness';

export type CaretUser = { id: string; name: string; color: string };

function caret(user: Partial<CaretUser>): HTMLElement {
  const element = document.createElement('span');
  element.classList.add('collab-caret');
  // A marker, not text of the article: screen readers read the body without the names in it.
  element.setAttribute('aria-hidden', 'true');
  element.style.borderColor = user.color ?? '#666';
  const label = document.createElement('span');
  label.classList.add('collab-caret-label');
  label.style.backgroundColor = user.color ?? '#666';
  // Drawn by CSS from the attribute, so the name is never text of the body (copying a passage, or
  // reading the body's text, does not pick it up).
  label.dataset.name = user.name ?? 'Someone';
  element.append(label);
  return element;
}

export const CollabCaret = Extension.create<{ awareness: Awareness | null }>({
  name: 'collabCaret',
  addOptions() {
    return { awareness: null };
  },
  addProseMirrorPlugins() {
    const { awareness } = this.options;
    if (!awareness) return [];
    return [
      yCursorPlugin(awareness, {
        cursorBuilder: (user: Partial<CaretUser>) => caret(user),
        selectionBuilder: (user: Partial<CaretUser>) => ({ style: `background-color: ${user.color ?? '#666'}33`, class: 'collab-selection' }),
      }),
    ];
  },
});

/** A stable, readable colour per person (from their id), so everyone sees the same colour for them. */
export function colourFor(id: string): string {
  let hash = 0;
  for (const char of id) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return `hsl(${hash % 360} 65% 38%)`;
}
