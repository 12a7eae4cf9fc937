// The editor's state on the shared document: the fields are read from the article's Y.Doc (every
// change anyone makes shows up here), edits are written into it, and the server stores it (lib/collab)
// and says so. What is left here is the status line, the fields the server refused, and the workflow
// steps (which wait until this browser's edits have reached the server, then act on the article).
'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { HocuspocusProvider } from '@hocuspocus/provider';
import type * as Y from 'yjs';
import type { EditableArticle, MediaSummary, WorkflowRequest, WorkflowStep } from '@/lib/articles/editorial-types';
import type { ArticleFieldsInput, FieldErrors } from '@/lib/articles/fields';
import { FEATURED_IMAGE_KEY, MAP_FIELD_NAMES, fieldsMap, type MapFieldName } from '@/lib/collab/doc-model';
import type { ServerMessage } from '@/lib/collab/messages';
import { metaFrom, type ArticleMeta } from './article-meta';
import type { EditorActions } from './editor-actions';
import { useConnection, useServerMessages, type CollabDoc, type Connection } from './use-collab-doc';

export type SaveStatus =
  | { kind: 'clean' }
  | { kind: 'connecting' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'offline' }
  | { kind: 'error'; message: string }
  | { kind: 'invalid'; message: string }
  | { kind: 'blocked'; message: string };

export type Notice = { tone: 'info' | 'error'; text: string } | null;

export type MapFields = Pick<ArticleFieldsInput, MapFieldName>;

/** How long a workflow step waits for this browser's edits to reach the server. */
const SYNC_WAIT_MS = 10_000;

function readFields(doc: Y.Doc, fallback: MapFields): MapFields {
  const map = fieldsMap(doc);
  const fields: Record<string, unknown> = {};
  for (const name of MAP_FIELD_NAMES) fields[name] = map.has(name) ? map.get(name) : fallback[name];
  return fields as MapFields;
}

function initialFields(article: EditableArticle): MapFields {
  return Object.fromEntries(MAP_FIELD_NAMES.map((name) => [name, article.fields[name]])) as MapFields;
}

/** Resolves true once every local change is acknowledged by the server, false after `ms` or when offline. */
function whenSynced(provider: HocuspocusProvider, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const end = Date.now() + ms;
    const check = () => {
      if (provider.isAuthenticated && !provider.hasUnsyncedChanges) return resolve(true);
      if (Date.now() > end) return resolve(false);
      setTimeout(check, 50);
    };
    check();
  });
}

export function useArticleSession({ article, collab, actions }: { article: EditableArticle; collab: CollabDoc | null; actions: EditorActions }) {
  const doc = collab?.doc ?? null;
  const provider = collab?.provider ?? null;
  const { connection, readOnly: readOnlyConnection } = useConnection(provider);
  const [fields, setFields] = useState<MapFields>(() => initialFields(article));
  const [featuredImage, setFeaturedImage] = useState<MediaSummary | null>(article.featuredImage);
  const [meta, setMeta] = useState<ArticleMeta>(() => metaFrom(article));
  const [status, setStatus] = useState<SaveStatus>({ kind: 'clean' });
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [notice, setNotice] = useState<Notice>(null);
  const [busyStep, setBusyStep] = useState<WorkflowStep | null>(null);
  /** Edits made here that the server has not yet said it stored. */
  const [pending, setPending] = useState(false);
  const fallbackRef = useRef(initialFields(article));

  // The fields follow the document, whoever changed it.
  useEffect(() => {
    if (!doc) return;
    const map = fieldsMap(doc);
    const read = () => {
      setFields(readFields(doc, fallbackRef.current));
      setFeaturedImage((map.get(FEATURED_IMAGE_KEY) as MediaSummary | null | undefined) ?? null);
    };
    read();
    map.observe(read);
    return () => map.unobserve(read);
  }, [doc]);

  // A change made in this browser (not one received from the server or loaded from this device).
  useEffect(() => {
    if (!doc || !collab) return;
    const onUpdate = (_update: Uint8Array, origin: unknown) => {
      if (origin === collab.provider || origin === collab.local) return;
      setPending(true);
      setStatus({ kind: 'saving' });
    };
    doc.on('update', onUpdate);
    return () => doc.off('update', onUpdate);
  }, [doc, collab]);

  const onServerMessage = useCallback(
    (message: ServerMessage) => {
      if (message.kind === 'saved') {
        setMeta((m) => ({ ...m, version: message.version, ...(message.article ?? {}) }));
        setFieldErrors({});
        if (!provider?.hasUnsyncedChanges) {
          setPending(false);
          setStatus({ kind: 'saved' });
        }
        return;
      }
      setFieldErrors(message.fieldErrors);
      const named = Object.keys(message.fieldErrors).length > 0;
      setStatus({ kind: named ? 'invalid' : 'error', message: named ? 'Not saved: fix the highlighted fields (your text is kept).' : `Not saved: ${message.error}` });
    },
    [provider],
  );
  useServerMessages(provider, onServerMessage);

  /** Writes field values into the shared document (the body is written by Tiptap itself). */
  const update = useCallback(
    (patch: Partial<MapFields>) => {
      if (!doc) return;
      const map = fieldsMap(doc);
      doc.transact(() => {
        for (const [name, value] of Object.entries(patch)) map.set(name, value);
      });
      setFieldErrors((errors) => {
        const keys = Object.keys(patch).filter((k) => k in errors);
        if (!keys.length) return errors;
        const next = { ...errors };
        for (const k of keys) delete next[k as keyof FieldErrors];
        return next;
      });
    },
    [doc],
  );

  /** Adds to or removes from a list field as it is in the document now (not as this screen last drew it). */
  const changeList = useCallback(
    (name: 'tagIds' | 'authorIds', change: (ids: string[]) => string[]) => {
      if (!doc) return;
      const current = (fieldsMap(doc).get(name) as string[] | undefined) ?? fallbackRef.current[name];
      update({ [name]: change(current) });
    },
    [doc, update],
  );

  const chooseFeaturedImage = useCallback(
    (image: MediaSummary | null) => {
      if (!doc) return;
      doc.transact(() => {
        fieldsMap(doc).set(FEATURED_IMAGE_KEY, image);
        fieldsMap(doc).set('featuredImageId', image?.id ?? null);
      });
    },
    [doc],
  );

  /** "Save": waits for this browser's edits to reach the server, then has it store them now. */
  const saveNow = useCallback(async (): Promise<boolean> => {
    if (!provider) return false;
    if (!(await whenSynced(provider, SYNC_WAIT_MS))) {
      setStatus({ kind: 'offline' });
      return false;
    }
    setStatus({ kind: 'saving' });
    try {
      const outcome = await actions.flush({ id: article.id });
      if (!outcome.ok) {
        setStatus({ kind: 'error', message: `Not saved: ${outcome.error}` });
        return false;
      }
    } catch {
      setStatus({ kind: 'error', message: 'Could not reach the server; your edits are kept on this device.' });
      return false;
    }
    if (!provider.hasUnsyncedChanges) {
      setPending(false);
      setStatus({ kind: 'saved' });
    }
    return true;
  }, [actions, article.id, provider]);

  const runStep = useCallback(
    async (step: WorkflowStep, extra: Pick<WorkflowRequest, 'scheduledAt'> = {}): Promise<boolean> => {
      setBusyStep(step);
      setNotice(null);
      try {
        // Act on what is on screen: everything typed here must have reached the server first.
        if (step !== 'trash' && step !== 'restore' && provider && !(await whenSynced(provider, SYNC_WAIT_MS))) {
          setNotice({ tone: 'error', text: 'Not connected to the server: nothing was changed. Your edits are kept on this device; try again when connected.' });
          return false;
        }
        let result;
        try {
          result = await actions.workflow({ step, id: article.id, ...extra });
        } catch {
          setNotice({ tone: 'error', text: 'Could not reach the server. Nothing was changed; try again.' });
          return false;
        }
        if (result.ok) {
          setMeta(metaFrom(result.article));
          setFieldErrors({});
          setNotice({ tone: 'info', text: STEP_DONE[step] });
          return true;
        }
        if (result.fieldErrors) setFieldErrors((errors) => ({ ...errors, ...result.fieldErrors }));
        setNotice({ tone: 'error', text: result.error });
        return false;
      } finally {
        setBusyStep(null);
      }
    },
    [actions, article.id, provider],
  );

  return {
    fields,
    meta,
    featuredImage,
    status: shownStatus(status, connection, pending),
    connection,
    readOnlyConnection,
    fieldErrors,
    notice,
    busyStep,
    update,
    changeList,
    chooseFeaturedImage,
    saveNow,
    runStep,
    setNotice,
    setFieldErrors,
  };
}

/** What the status line says: the connection first (offline, refused), then the last store. */
function shownStatus(status: SaveStatus, connection: Connection, pending: boolean): SaveStatus {
  switch (connection) {
    case 'refused':
      return { kind: 'blocked', message: 'Not connected: you no longer have access to this article. Your edits are kept on this device.' };
    case 'offline':
      return { kind: 'offline' };
    case 'connecting':
      if (pending) return { kind: 'offline' };
      return status.kind === 'clean' || status.kind === 'saved' ? status : { kind: 'connecting' };
    case 'connected':
      return status;
    default: {
      const unreachable: never = connection;
      return unreachable;
    }
  }
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
