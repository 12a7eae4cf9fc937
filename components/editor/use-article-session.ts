// The editor's save machine: the fields being edited, autosave a few seconds after typing stops, a
// copy in localStorage on every change, conflicts (a save names its base version; a refused one keeps
// both sides), offline retries and the workflow steps (which save first, then act on that version).
'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { EditableArticle, MediaSummary, WorkflowRequest, WorkflowStep } from '@/lib/articles/editorial-types';
import type { ArticleFieldsInput, FieldErrors } from '@/lib/articles/fields';
import { isConflict, metaFrom, type ArticleMeta } from './article-meta';
import type { EditorActions } from './editor-actions';
import type { Handoff } from './handoff';
import { clearLocalCopy, localCopyKey, readLocalCopy, writeLocalCopy, type LocalCopy } from './local-copy';

export const AUTOSAVE_DELAY_MS = 2500;
const RETRY_DELAY_MS = 10_000;

export type SaveStatus =
  | { kind: 'new' }
  | { kind: 'clean' }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'offline' }
  | { kind: 'error'; message: string }
  | { kind: 'invalid'; message: string }
  | { kind: 'conflict' }
  | { kind: 'blocked'; message: string };

export type Notice = { tone: 'info' | 'error'; text: string } | null;

type LocalOffer = LocalCopy | null;

type Options = {
  article: EditableArticle | null;
  initialFields: ArticleFieldsInput;
  initialMeta: ArticleMeta;
  initialFeaturedImage: MediaSummary | null;
  viewerId: string;
  actions: EditorActions;
  /** Replaces the body shown in Tiptap (restore, "use theirs"). */
  setBody: (doc: ArticleFieldsInput['body']) => void;
  /** A new article got its id: the page's URL should follow. */
  onCreated: (id: string) => void;
  /** State carried over from the editor this one replaces (see handoff.ts). */
  handoff?: Handoff;
};

const json = (fields: ArticleFieldsInput) => JSON.stringify(fields);

export function useArticleSession(options: Options) {
  const { actions, viewerId } = options;
  const [fields, setFields] = useState<ArticleFieldsInput>(options.initialFields);
  const [meta, setMeta] = useState<ArticleMeta>(options.initialMeta);
  const [featuredImage, setFeaturedImage] = useState<MediaSummary | null>(options.initialFeaturedImage);
  const [status, setStatus] = useState<SaveStatus>(() =>
    options.handoff
      ? { kind: json(options.initialFields) === options.handoff.savedJson ? 'saved' : 'dirty' }
      : { kind: options.article ? 'clean' : 'new' },
  );
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [conflict, setConflict] = useState<EditableArticle | null>(null);
  const [localOffer, setLocalOffer] = useState<LocalOffer>(null);
  const [notice, setNotice] = useState<Notice>(options.handoff?.notice ?? null);
  const [busyStep, setBusyStep] = useState<WorkflowStep | null>(null);

  const fieldsRef = useRef(fields);
  const featuredRef = useRef(featuredImage);
  const idRef = useRef(meta.id);
  const versionRef = useRef(meta.version);
  const savedJsonRef = useRef(options.handoff?.savedJson ?? json(options.initialFields));
  const metaRef = useRef(meta);
  const noticeRef = useRef(notice);
  /** Set while this editor hands over to its replacement: no new saves start. */
  const frozenRef = useRef(false);
  const savingRef = useRef<Promise<boolean> | null>(null);
  const pendingRef = useRef<'autosave' | 'manual' | null>(null);
  const timerRef = useRef<ReturnType<typeof setTimeout> | null>(null);
  const blockedRef = useRef(false);
  const conflictRef = useRef(false);
  const keyRef = useRef(localCopyKey(meta.id, viewerId));
  const setBodyRef = useRef(options.setBody);
  const onCreatedRef = useRef(options.onCreated);
  useEffect(() => {
    setBodyRef.current = options.setBody;
    onCreatedRef.current = options.onCreated;
  });

  const isDirty = useCallback(() => json(fieldsRef.current) !== savedJsonRef.current || idRef.current === null, []);

  const showNotice = useCallback((next: Notice) => {
    noticeRef.current = next;
    setNotice(next);
  }, []);

  const keepLocalCopy = useCallback(() => {
    const ok = writeLocalCopy(keyRef.current, { articleId: idRef.current, baseVersion: idRef.current ? versionRef.current : null, fields: fieldsRef.current, featuredImage: featuredRef.current });
    if (!ok) showNotice({ tone: 'error', text: 'This browser would not keep a local copy (storage full or disabled): save before closing the tab.' });
  }, [showNotice]);

  const applyServerArticle = useCallback((article: EditableArticle) => {
    idRef.current = article.id;
    versionRef.current = article.version;
    metaRef.current = metaFrom(article);
    setMeta(metaRef.current);
  }, []);

  // Someone else saved first: stop saving and show both versions until the writer chooses.
  const enterConflict = useCallback((latest: EditableArticle) => {
    conflictRef.current = true;
    setConflict(latest);
    setStatus({ kind: 'conflict' });
  }, []);


  // ------------------------------------------------------------------ saving
  // Retries and queued saves call the latest saveNow through this ref.
  const saveRef = useRef<(mode: 'autosave' | 'manual') => Promise<boolean>>(async () => false);
  const saveNow = useCallback(
    async (mode: 'autosave' | 'manual'): Promise<boolean> => {
      if (timerRef.current) clearTimeout(timerRef.current);
      timerRef.current = null;
      if (blockedRef.current || frozenRef.current) return false;
      if (conflictRef.current && mode === 'autosave') return false;
      if (savingRef.current) {
        // One save at a time; the newest request runs when the current one returns.
        pendingRef.current = mode === 'manual' || pendingRef.current === 'manual' ? 'manual' : 'autosave';
        return savingRef.current.then(() => !isDirty());
      }
      if (!isDirty()) {
        setStatus({ kind: 'saved' });
        return true;
      }
      const sentJson = json(fieldsRef.current);
      // Plain JSON: ProseMirror's attrs are null-prototype objects, which server actions cannot receive.
      const sent = JSON.parse(sentJson) as ArticleFieldsInput;
      setStatus({ kind: 'saving' });
      const run = (async (): Promise<boolean> => {
        try {
          const result = idRef.current
            ? await actions.save({ id: idRef.current, baseVersion: versionRef.current, mode, fields: sent })
            : await actions.create({ fields: sent });
          if (result.ok) {
            const created = !idRef.current;
            applyServerArticle(result.article);
            savedJsonRef.current = sentJson;
            setFieldErrors({});
            if (created) {
              clearLocalCopy(keyRef.current);
              keyRef.current = localCopyKey(result.article.id, viewerId);
              onCreatedRef.current(result.article.id);
            }
            if (json(fieldsRef.current) === sentJson) {
              clearLocalCopy(keyRef.current);
              setStatus({ kind: 'saved' });
            } else {
              keepLocalCopy();
              setStatus({ kind: 'dirty' });
            }
            return true;
          }
          if (isConflict(result)) {
            enterConflict(result.latest);
            return false;
          }
          if (result.code === 'invalid' && result.fieldErrors && Object.keys(result.fieldErrors).length) {
            setFieldErrors(result.fieldErrors);
            setStatus({ kind: 'invalid', message: 'Not saved: fix the highlighted fields (your text is kept on this device).' });
            return false;
          }
          setStatus({ kind: 'error', message: `Not saved: ${result.error}` });
          return false;
        } catch {
          // The action never answered: offline, or the server is restarting. The local copy holds the text.
          setStatus(navigator.onLine === false ? { kind: 'offline' } : { kind: 'error', message: 'Could not reach the server; kept on this device. Retrying…' });
          if (!timerRef.current) timerRef.current = setTimeout(() => void saveRef.current('autosave'), RETRY_DELAY_MS);
          return false;
        }
      })();
      savingRef.current = run;
      const ok = await run;
      savingRef.current = null;
      const pending = pendingRef.current;
      pendingRef.current = null;
      if (pending && isDirty() && !conflictRef.current && !blockedRef.current) return saveRef.current(pending);
      return ok;
    },
    [actions, applyServerArticle, enterConflict, isDirty, keepLocalCopy, viewerId],
  );
  useEffect(() => {
    saveRef.current = saveNow;
  }, [saveNow]);

  const scheduleAutosave = useCallback(() => {
    if (timerRef.current) clearTimeout(timerRef.current);
    timerRef.current = setTimeout(() => void saveNow('autosave'), AUTOSAVE_DELAY_MS);
  }, [saveNow]);

  /** Every edit goes through here: state, the local copy, and the autosave timer. */
  const update = useCallback(
    (patch: Partial<ArticleFieldsInput>) => {
      fieldsRef.current = { ...fieldsRef.current, ...patch };
      setFields(fieldsRef.current);
      setFieldErrors((errors) => {
        const keys = Object.keys(patch).filter((k) => k in errors);
        if (!keys.length) return errors;
        const next = { ...errors };
        for (const k of keys) delete next[k as keyof FieldErrors];
        return next;
      });
      if (json(fieldsRef.current) === savedJsonRef.current && idRef.current) {
        clearLocalCopy(keyRef.current);
        if (!conflictRef.current) setStatus((s) => (s.kind === 'dirty' ? { kind: 'saved' } : s));
        return;
      }
      keepLocalCopy();
      if (blockedRef.current) return;
      setStatus((s) => (s.kind === 'conflict' || s.kind === 'saving' ? s : { kind: 'dirty' }));
      scheduleAutosave();
    },
    [keepLocalCopy, scheduleAutosave],
  );

  // A handed-over editor with unsaved keystrokes saves them as usual.
  const resumedDirty = useRef(Boolean(options.handoff) && status.kind === 'dirty');
  useEffect(() => {
    if (resumedDirty.current) scheduleAutosave();
  }, [scheduleAutosave]);

  /** Stops saving and returns everything the replacing editor needs. */
  const handOver = useCallback((): Omit<Handoff, 'catalog' | 'slugFollows' | 'selection' | 'at'> => {
    frozenRef.current = true;
    if (timerRef.current) clearTimeout(timerRef.current);
    return {
      fields: fieldsRef.current,
      savedJson: savedJsonRef.current,
      meta: { ...metaRef.current, id: idRef.current, version: versionRef.current },
      featuredImage: featuredRef.current,
      notice: noticeRef.current,
    };
  }, []);

  const chooseFeaturedImage = useCallback(
    (image: MediaSummary | null) => {
      featuredRef.current = image;
      setFeaturedImage(image);
      update({ featuredImageId: image?.id ?? null });
    },
    [update],
  );

  const block = useCallback((message: string) => {
    blockedRef.current = true;
    if (timerRef.current) clearTimeout(timerRef.current);
    setStatus({ kind: 'blocked', message });
  }, []);

  // ------------------------------------------------------------------ conflicts
  /** Save my version over theirs (theirs stays in the revision history). */
  const keepMine = useCallback(async () => {
    if (!conflict) return;
    versionRef.current = conflict.version;
    conflictRef.current = false;
    setConflict(null);
    await saveNow('manual');
  }, [conflict, saveNow]);

  /** Load their version into the editor; mine goes to the clipboard-safe local copy first. */
  const takeTheirs = useCallback(() => {
    if (!conflict) return;
    const latest = conflict;
    conflictRef.current = false;
    setConflict(null);
    applyServerArticle(latest);
    fieldsRef.current = { ...latest.fields };
    savedJsonRef.current = json(fieldsRef.current);
    setFields(fieldsRef.current);
    featuredRef.current = latest.featuredImage;
    setFeaturedImage(latest.featuredImage);
    setBodyRef.current(latest.fields.body);
    clearLocalCopy(keyRef.current);
    setFieldErrors({});
    setStatus({ kind: 'saved' });
  }, [conflict, applyServerArticle]);

  // ------------------------------------------------------------------ the local copy, offered back
  const handedOver = Boolean(options.handoff);
  useEffect(() => {
    // The replaced editor's state came over whole: its local copy is the same text, not something to offer.
    if (handedOver) return;
    const copy = readLocalCopy(keyRef.current);
    if (copy && json(copy.fields) !== savedJsonRef.current) setLocalOffer(copy);
    else if (copy) clearLocalCopy(keyRef.current);
  }, [handedOver]);

  const restoreLocal = useCallback(() => {
    const copy = localOffer;
    if (!copy) return;
    setLocalOffer(null);
    // Keep the version the edits were based on: if the article moved on since, the save is a conflict
    // and both versions are shown, instead of silently replacing someone else's work.
    if (copy.baseVersion !== null && idRef.current) versionRef.current = Math.min(copy.baseVersion, versionRef.current);
    fieldsRef.current = { ...fieldsRef.current, ...copy.fields };
    setFields(fieldsRef.current);
    if (copy.featuredImage !== undefined) {
      featuredRef.current = copy.featuredImage;
      setFeaturedImage(copy.featuredImage);
    }
    setBodyRef.current(fieldsRef.current.body);
    keepLocalCopy();
    setStatus({ kind: 'dirty' });
    scheduleAutosave();
  }, [localOffer, keepLocalCopy, scheduleAutosave]);

  const discardLocal = useCallback(() => {
    setLocalOffer(null);
    clearLocalCopy(keyRef.current);
  }, []);

  // ------------------------------------------------------------------ connection and leaving
  useEffect(() => {
    const online = () => {
      if (isDirty()) void saveNow('autosave');
    };
    const offline = () => setStatus((s) => (s.kind === 'dirty' || s.kind === 'saving' ? { kind: 'offline' } : s));
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (!isDirty() && !savingRef.current) return;
      event.preventDefault();
      // Older browsers need returnValue set to show the warning.
      event.returnValue = '';
    };
    window.addEventListener('online', online);
    window.addEventListener('offline', offline);
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
      window.removeEventListener('online', online);
      window.removeEventListener('offline', offline);
      window.removeEventListener('beforeunload', beforeUnload);
    };
  }, [isDirty, saveNow]);

  useEffect(() => () => {
    if (timerRef.current) clearTimeout(timerRef.current);
  }, []);

  // ------------------------------------------------------------------ workflow
  const runStep = useCallback(
    async (step: WorkflowStep, extra: Pick<WorkflowRequest, 'scheduledAt'> = {}): Promise<boolean> => {
      setBusyStep(step);
      showNotice(null);
      try {
        // Act on what is on screen: save it first (a refused save stops the step).
        if (step !== 'restore' && step !== 'trash' && (isDirty() || savingRef.current)) {
          const saved = await saveNow('manual');
          if (!saved || !idRef.current) {
            showNotice({ tone: 'error', text: 'Save the article first: see the message above.' });
            return false;
          }
        }
        if (!idRef.current) return false;
        let result;
        try {
          result = await actions.workflow({ step, id: idRef.current, version: versionRef.current, ...extra });
        } catch {
          showNotice({ tone: 'error', text: 'Could not reach the server. Nothing was changed; try again.' });
          return false;
        }
        if (result.ok) {
          applyServerArticle(result.article);
          setFieldErrors({});
          showNotice({ tone: 'info', text: STEP_DONE[step] });
          return true;
        }
        if (isConflict(result)) {
          enterConflict(result.latest);
          return false;
        }
        if (result.fieldErrors) setFieldErrors((errors) => ({ ...errors, ...result.fieldErrors }));
        showNotice({ tone: 'error', text: result.error });
        return false;
      } finally {
        setBusyStep(null);
      }
    },
    [actions, applyServerArticle, enterConflict, isDirty, saveNow, showNotice],
  );

  return {
    fields,
    meta,
    featuredImage,
    status,
    fieldErrors,
    conflict,
    localOffer,
    notice,
    busyStep,
    update,
    chooseFeaturedImage,
    saveNow,
    runStep,
    keepMine,
    takeTheirs,
    restoreLocal,
    discardLocal,
    block,
    handOver,
    setNotice: showNotice,
    setFieldErrors,
  };
}

const STEP_DONE: Record<WorkflowStep, string> = {
  submit: 'Submitted for review. An editor will take it from here.',
  publish: 'Published. Readers can see it now.',
  update: 'Updated. Readers now see these changes.',
  schedule: 'Scheduled. It will go live at the time shown.',
  unschedule: 'Schedule cancelled: it is a draft again.',
  unpublish: 'Unpublished: readers can no longer see it.',
  trash: 'Moved to the trash.',
  restore: 'Restored from the trash.',
};
