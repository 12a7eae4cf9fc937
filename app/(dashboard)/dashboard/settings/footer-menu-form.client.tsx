'use client';
// The footer menu: the chosen pages in order (move up, move down, remove) and a list of published pages
// to add. The order is sent as repeated `pageIds` fields; the server checks each is a published page.
import { useActionState, useState } from 'react';
import { FormActions } from '@/components/ui/form-actions';
import { Options } from '@/components/ui/form-field';
import type { FooterMenu, FooterPageOption } from '@/lib/settings/footer';
import { saveFooterMenuAction, type FooterMenuState } from './footer-actions';

export function FooterMenuForm({ initial }: { initial: FooterMenu }) {
  const [state, formAction, pending] = useActionState<FooterMenuState, FormData>(saveFooterMenuAction, { status: 'idle', menu: initial });
  // Starts again from what the server saved after each successful save.
  const [savedMenu, setSavedMenu] = useState(state.menu);
  const [chosen, setChosen] = useState<FooterPageOption[]>(initial.chosen);
  const [toAdd, setToAdd] = useState('');
  if (state.status === 'done' && state.menu !== savedMenu) {
    setSavedMenu(state.menu);
    setChosen(state.menu.chosen);
  }
  const everyPage = [...savedMenu.chosen, ...savedMenu.available];
  const available = everyPage.filter((p, i) => p.published && !chosen.some((c) => c.id === p.id) && everyPage.findIndex((q) => q.id === p.id) === i);
  const move = (from: number, to: number) =>
    setChosen((list) => {
      const next = [...list];
      const [item] = next.splice(from, 1);
      next.splice(to, 0, item!);
      return next;
    });
  const fieldError = state.status === 'error' ? state.fieldError : undefined;

  return (
    <form action={formAction} className="dash-form footer-menu-form" noValidate>
      <div role="alert" className="form-error">
        {state.status === 'error' ? state.error : null}
      </div>
      <fieldset aria-describedby={fieldError ? 'footer-menu-error' : 'footer-menu-hint'}>
        <legend>Pages in the footer, in order</legend>
        {chosen.length ? (
          <ol className="footer-menu-list" aria-label="Footer pages">
            {chosen.map((page, i) => (
              <li key={page.id}>
                <input type="hidden" name="pageIds" value={page.id} />
                <span className="footer-menu-title">
                  {page.title} <span className="field-hint">/{page.slug}</span>
                  {page.published ? null : <strong className="field-error"> not published: remove it or publish it</strong>}
                </span>
                <span className="footer-menu-buttons">
                  <button type="button" className="button button-small" disabled={i === 0} aria-label={`Move ${page.title} up`} onClick={() => move(i, i - 1)}>
                    Up
                  </button>
                  <button type="button" className="button button-small" disabled={i === chosen.length - 1} aria-label={`Move ${page.title} down`} onClick={() => move(i, i + 1)}>
                    Down
                  </button>
                  <button type="button" className="button button-small button-quiet" aria-label={`Remove ${page.title}`} onClick={() => setChosen((list) => list.filter((p) => p.id !== page.id))}>
                    Remove
                  </button>
                </span>
              </li>
            ))}
          </ol>
        ) : (
          <p className="field-hint">No pages in the footer.</p>
        )}
        <p className="field-hint" id="footer-menu-hint">
          The footer shows these pages on every public page, before the feed, search and corrections links. Only published pages appear.
        </p>
        {fieldError ? (
          <p className="field-error" id="footer-menu-error">
            {fieldError}
          </p>
        ) : null}
      </fieldset>
      <div className="footer-menu-add">
        <label htmlFor="footer-menu-add">Add a published page</label>
        <select id="footer-menu-add" value={toAdd} onChange={(e) => setToAdd(e.target.value)}>
          <option value="">Choose a page</option>
          <Options choices={available.map((p) => ({ value: p.id, label: p.title }))} />
        </select>
        <button
          type="button"
          className="button"
          disabled={!toAdd}
          onClick={() => {
            const page = available.find((p) => p.id === toAdd);
            if (page) setChosen((list) => [...list, page]);
            setToAdd('');
          }}
        >
          Add to footer
        </button>
      </div>
      {/* Empty while a save is on its way, so each save announces (and shows) its own outcome. */}
      <div role="status" className="form-success">
        {state.status === 'done' && !pending ? 'Footer menu saved.' : null}
      </div>
      <FormActions label="Save footer menu" pending={pending} />
    </form>
  );
}
