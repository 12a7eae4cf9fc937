// The article editor page's client side: composes the fields, the Tiptap body, the settings column and
// the workflow bar around the save machine (use-article-session.ts).
'use client';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import type { Editor } from '@tiptap/react';
import type { ArticleAbilities, DocJSON, EditableArticle, MediaSummary, StaffOption, TagOption } from '@/lib/articles/editorial-types';
import { EMPTY_DOC, FIELD_LIMITS, blankArticleFields, type ArticleFieldsInput } from '@/lib/articles/fields';
import { isPlaceholderSlug, slugify } from '@/lib/core/slug';
import { editArticlePath } from '@/lib/routes';
import { Modal } from '@/components/dashboard/modal.client';
import { uploadImage } from '@/components/dashboard/upload-image';
import { metaFrom, newArticleMeta } from './article-meta';
import { BodyEditor } from './body-editor.client';
import { BylinePicker } from './byline-picker.client';
import { ConflictNotice } from './conflict-notice.client';
import type { EditorActions } from './editor-actions';
import { dropHandoff, peekHandoff, putHandoff } from './handoff';
import { FeaturedImageField } from './featured-image-field.client';
import { FigureDetailsForm, type FigureText } from './figure-details-form.client';
import { LinkForm } from './link-form.client';
import { MediaPicker } from './media-picker.client';
import { PresenceNotice } from './presence-notice';
import { RestorePrompt } from './restore-prompt';
import { SaveStatusText } from './save-status';
import { ScheduleForm } from './schedule-form.client';
import { SlugField } from './slug-field.client';
import { SocialPreview } from './social-preview';
import { TagPicker } from './tag-picker.client';
import { TextField } from './text-field';
import { Toolbar } from './toolbar.client';
import { useArticleSession } from './use-article-session';
import { usePresence } from './use-presence';
import { WordCount } from './word-count';
import { WorkflowBar } from './workflow-bar.client';
import './editor.css';

type Props = {
  /** null: a new article, created on its first save. */
  article: EditableArticle | null;
  /** What the viewer may do to a new article of their own (used until it exists). */
  newArticleAbilities: ArticleAbilities;
  viewer: { id: string; name: string };
  staff: StaffOption[];
  tags: TagOption[];
  siteUrl: string;
  canUpload: boolean;
  actions: EditorActions;
};

type FigureDraft = { mode: 'insert' | 'edit'; media: Pick<MediaSummary, 'id' | 'src' | 'thumbSrc' | 'width' | 'height'>; text: FigureText };


const followsHeadline = (f: ArticleFieldsInput) => !f.slug || f.slug === slugify(f.headline ?? '') || isPlaceholderSlug(f.slug);

export function ArticleEditor({ article, newArticleAbilities, viewer, staff, tags, siteUrl, canUpload, actions }: Props) {
  // A standalone page has no dek, tags, bylines or correction note in public: the editor leaves them out.
  const isPage = article?.kind === 'page';
  const router = useRouter();
  const editorRef = useRef<Editor | null>(null);
  const [editor, setEditor] = useState<Editor | null>(null);
  // State carried over from the /new editor this one replaces, when the article was just created.
  const [handoff] = useState(() => peekHandoff(article));
  const initialFields = useMemo(() => handoff?.fields ?? (article ? article.fields : blankArticleFields(viewer.id)), [handoff, article, viewer.id]);
  const initialMeta = useMemo(
    () => (article ? { ...metaFrom(article), ...(handoff ? { version: handoff.meta.version } : {}) } : newArticleMeta(newArticleAbilities)),
    [article, handoff, newArticleAbilities],
  );
  const [catalog, setCatalog] = useState(handoff?.catalog ?? tags);
  const [slugFollows, setSlugFollows] = useState(() => handoff?.slugFollows ?? followsHeadline(initialFields));
  const [contentError, setContentError] = useState<string | null>(null);
  const [linkOpen, setLinkOpen] = useState(false);
  const [picker, setPicker] = useState<null | 'body' | 'featured'>(null);
  const [figure, setFigure] = useState<FigureDraft | null>(null);
  const [scheduling, setScheduling] = useState(false);
  const [bodyNotice, setBodyNotice] = useState('');
  const handingOverTo = useRef<string | null>(null);
  const pendingHandover = useRef<string | null>(null);
  const stepRunning = useRef(false);

  const session = useArticleSession({
    article,
    initialFields,
    initialMeta,
    initialFeaturedImage: handoff ? handoff.featuredImage : (article?.featuredImage ?? null),
    viewerId: viewer.id,
    actions,
    handoff,
    setBody: (doc) => editorRef.current?.commands.setContent(doc as never, { emitUpdate: false }),
    onCreated: (id) => {
      // Inside a workflow step the route must not change under it; hand over when the step is done.
      if (stepRunning.current) pendingHandover.current = id;
      else handOverTo(id);
    },
  });

  const sessionRef = useRef(session);
  const catalogRef = useRef(catalog);
  const slugFollowsRef = useRef(slugFollows);

  /** Leaves this editor's state for the one the article's own route mounts, then goes there. */
  const stashHandover = useCallback(() => {
    const id = handingOverTo.current;
    const e = editorRef.current;
    if (!id) return;
    putHandoff(id, {
      ...sessionRef.current!.handOver(),
      catalog: catalogRef.current,
      slugFollows: slugFollowsRef.current,
      selection: e?.isFocused ? { from: e.state.selection.from, to: e.state.selection.to } : null,
    });
  }, []);
  const handOverTo = (id: string) => {
    handingOverTo.current = id;
    stashHandover();
    router.replace(editArticlePath(id), { scroll: false });
  };
  useEffect(() => {
    sessionRef.current = session;
    catalogRef.current = catalog;
    slugFollowsRef.current = slugFollows;
    // Keystrokes made while the article's own route loads go along too.
    stashHandover();
  });

  const runStep = async (...args: Parameters<typeof session.runStep>) => {
    stepRunning.current = true;
    try {
      return await session.runStep(...args);
    } finally {
      stepRunning.current = false;
      const id = pendingHandover.current;
      pendingHandover.current = null;
      if (id) handOverTo(id);
    }
  };

  useEffect(() => {
    if (handoff && article) dropHandoff(article.id);
  }, [handoff, article]);
  const { fields, meta, fieldErrors: errors, update } = session;
  const others = usePresence(meta.id, actions);
  const readOnly = !meta.abilities.edit || meta.status === 'trash' || Boolean(contentError);
  const siteHost = useMemo(() => new URL(siteUrl).host, [siteUrl]);

  const restoreSelection = useRef(handoff?.selection ?? null);
  const onReady = useCallback((e: Editor | null) => {
    editorRef.current = e;
    setEditor(e);
    // Carry the cursor over from the replaced editor, so typing simply continues.
    const selection = restoreSelection.current;
    if (e && selection) {
      restoreSelection.current = null;
      e.chain().focus().setTextSelection(selection).run();
    }
  }, []);
  const { block } = session;
  const onContentError = useCallback(
    (message: string) => {
      const text = `The stored body contains something this editor cannot load (${message}). Saving is switched off so nothing is lost: restore a revision, or ask an admin.`;
      setContentError(text);
      block(text);
    },
    [block],
  );
  const onBodyChange = useCallback((doc: DocJSON) => update({ body: doc }), [update]);
  const onImageFiles = useCallback(async (files: File[]) => {
    setBodyNotice('Uploading image…');
    const result = await uploadImage(files[0]!);
    if (!result.ok) {
      setBodyNotice(result.error);
      return;
    }
    setBodyNotice(files.length > 1 ? 'One image at a time: the first one was uploaded.' : '');
    const m = result.media;
    setFigure({ mode: 'insert', media: m, text: { alt: m.alt, caption: m.caption, credit: m.credit } });
  }, []);

  const openFigureDetails = () => {
    const attrs = editor?.getAttributes('figure') as { mediaId?: string; src?: string; alt?: string; caption?: string; credit?: string; width?: number; height?: number };
    if (!attrs?.mediaId || !attrs.src) return;
    setFigure({
      mode: 'edit',
      media: { id: attrs.mediaId, src: attrs.src, thumbSrc: attrs.src, width: attrs.width ?? 0, height: attrs.height ?? 0 },
      text: { alt: attrs.alt ?? '', caption: attrs.caption ?? '', credit: attrs.credit ?? '' },
    });
  };

  const submitFigure = (text: FigureText) => {
    if (!figure || !editor) return;
    if (figure.mode === 'insert') {
      const { id, src, width, height } = figure.media;
      editor.chain().focus().insertFigure({ mediaId: id, src, width, height, ...text }).run();
    } else {
      editor.chain().focus().updateAttributes('figure', text).run();
    }
    setFigure(null);
  };

  const chooseFromLibrary = (m: MediaSummary) => {
    if (picker === 'featured') session.chooseFeaturedImage(m);
    else setFigure({ mode: 'insert', media: m, text: { alt: m.alt, caption: m.caption, credit: m.credit } });
    setPicker(null);
  };

  const dirty = session.status.kind !== 'saved' && session.status.kind !== 'clean' && session.status.kind !== 'new';
  const body = (fields.body ?? EMPTY_DOC) as DocJSON;

  return (
    <div
      className="article-editor"
      onKeyDown={(e) => {
        if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k' && editor?.isFocused) {
          e.preventDefault();
          setLinkOpen(true);
        }
        if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
          e.preventDefault();
          void session.saveNow('manual');
        }
      }}
    >
      <div className="editor-topbar">
        <Link href="/dashboard" className="editor-back">
          ← Articles
        </Link>
        <SaveStatusText status={session.status} />
        <WorkflowBar
          meta={meta}
          dirty={dirty}
          saving={session.status.kind === 'saving'}
          busyStep={session.busyStep}
          onSave={() => void session.saveNow('manual')}
          onStep={(step) => void runStep(step)}
          onSchedule={() => setScheduling(true)}
        />
      </div>

      {session.notice ? (
        <p className={`editor-notice editor-notice-${session.notice.tone}`} role={session.notice.tone === 'error' ? 'alert' : 'status'}>
          {session.notice.text}
        </p>
      ) : null}
      {session.localOffer ? <RestorePrompt copy={session.localOffer} onRestore={session.restoreLocal} onDiscard={session.discardLocal} /> : null}
      {session.conflict ? (
        <ConflictNotice latest={session.conflict} mine={fields} busy={session.status.kind === 'saving'} onKeepMine={() => void session.keepMine()} onTakeTheirs={session.takeTheirs} />
      ) : null}
      <PresenceNotice others={others} />
      {contentError ? (
        <p className="editor-notice editor-notice-error" role="alert">
          {contentError}
        </p>
      ) : null}
      {!meta.abilities.edit && meta.status !== 'trash' ? <p className="editor-notice editor-notice-info">You can read this article but not edit it at this stage.</p> : null}
      {meta.status === 'trash' ? <p className="editor-notice editor-notice-info">This article is in the trash. Restore it to edit.</p> : null}

      <div className="editor-columns">
        <div className="editor-main">
          <TextField
            name="headline"
            label="Headline"
            className="field-headline"
            multiline
            rows={1}
            onEnter={() => editor?.commands.focus('start')}
            value={fields.headline ?? ''}
            maxLength={FIELD_LIMITS.headline}
            error={errors.headline}
            disabled={readOnly}
            placeholder="Headline"
            onChange={(headline) => update(slugFollows ? { headline, slug: slugify(headline) } : { headline })}
          />
          {isPage ? null : <TextField name="dek" label="Dek" className="field-dek" multiline rows={2} value={fields.dek ?? ''} maxLength={FIELD_LIMITS.dek} error={errors.dek} disabled={readOnly} placeholder="A sentence under the headline" onChange={(dek) => update({ dek })} />}

          <div className="body-field">
            <span className="field-label" id="body-label">
              Body
            </span>
            {editor ? (
              <Toolbar editor={editor} canInsertImage onLink={() => setLinkOpen(true)} onImage={() => setPicker('body')} onFigureDetails={openFigureDetails} />
            ) : null}
            {linkOpen && editor ? <LinkForm editor={editor} onClose={() => setLinkOpen(false)} /> : null}
            <div id="article-body">
              <BodyEditor
                initialContent={initialFields.body as DocJSON}
                editable={!readOnly}
                describedBy={errors.body ? 'body-error' : undefined}
                invalid={Boolean(errors.body)}
                onChange={onBodyChange}
                onReady={onReady}
                onContentError={onContentError}
                onImageFiles={(files) => void onImageFiles(files)}
              />
            </div>
            {bodyNotice ? <p role="status" className="field-hint">{bodyNotice}</p> : null}
            {errors.body ? (
              <p id="body-error" className="field-error" data-field-error="body">
                {errors.body}
              </p>
            ) : null}
            <WordCount body={body} />
          </div>
        </div>

        <aside className="editor-side" aria-label={isPage ? 'Page settings' : 'Article settings'}>
          <SlugField
            value={fields.slug ?? ''}
            following={slugFollows}
            articleId={meta.id}
            error={errors.slug}
            disabled={readOnly}
            siteHost={siteHost}
            kind={isPage ? 'page' : 'article'}
            checkSlug={actions.checkSlug}
            onEdit={(slug) => {
              setSlugFollows(false);
              update({ slug });
            }}
            onFollowHeadline={() => {
              setSlugFollows(true);
              update({ slug: slugify(fields.headline ?? '') });
            }}
          />
          <TextField name="excerpt" label="Excerpt" multiline value={fields.excerpt ?? ''} maxLength={FIELD_LIMITS.excerpt} error={errors.excerpt} disabled={readOnly} hint="For lists and feeds. Empty: the dek or the first lines are used." onChange={(excerpt) => update({ excerpt })} />
          <FeaturedImageField
            image={session.featuredImage}
            caption={fields.featuredImageCaption ?? ''}
            credit={fields.featuredImageCredit ?? ''}
            disabled={readOnly}
            errors={errors}
            onPick={() => setPicker('featured')}
            onRemove={() => session.chooseFeaturedImage(null)}
            onText={update}
          />
          {isPage ? null : (
            <>
              <TagPicker
                selectedIds={fields.tagIds ?? []}
                catalog={catalog}
                error={errors.tagIds}
                disabled={readOnly}
                max={FIELD_LIMITS.tags}
                onChange={(tagIds) => update({ tagIds })}
                onCreate={async (name) => {
                  const result = await actions.createTag({ name });
                  if (result.ok) setCatalog((list) => [...list, result.tag].sort((a, b) => a.name.localeCompare(b.name)));
                  return result;
                }}
              />
              <BylinePicker
                selectedIds={fields.authorIds ?? []}
                staff={staff}
                canChange={meta.abilities.setBylines && !readOnly}
                error={errors.authorIds}
                max={FIELD_LIMITS.bylines}
                onChange={(authorIds) => update({ authorIds })}
              />
            </>
          )}
          <TextField name="seoTitle" label="SEO title" value={fields.seoTitle ?? ''} maxLength={FIELD_LIMITS.seoTitle} error={errors.seoTitle} disabled={readOnly} hint="Empty: the headline is used." onChange={(seoTitle) => update({ seoTitle })} />
          <TextField name="seoDescription" label="SEO description" multiline value={fields.seoDescription ?? ''} maxLength={FIELD_LIMITS.seoDescription} error={errors.seoDescription} disabled={readOnly} hint="Empty: the excerpt is used." onChange={(seoDescription) => update({ seoDescription })} />
          {isPage ? null : <TextField name="correctionNote" label="Correction or update note" multiline value={fields.correctionNote ?? ''} maxLength={FIELD_LIMITS.correctionNote} error={errors.correctionNote} disabled={readOnly} hint="Shown to readers at the end of the article." onChange={(correctionNote) => update({ correctionNote })} />}
          <div className="field">
            <span className="field-label">Social preview</span>
            <SocialPreview
              image={session.featuredImage}
              title={fields.seoTitle || fields.headline || ''}
              description={fields.seoDescription || fields.excerpt || fields.dek || ''}
              siteHost={siteHost}
            />
          </div>
        </aside>
      </div>

      <Modal open={picker !== null} title={picker === 'featured' ? 'Choose the featured image' : 'Insert an image'} wide onClose={() => setPicker(null)}>
        <MediaPicker listMedia={actions.listMedia} canUpload={canUpload} onChoose={chooseFromLibrary} />
      </Modal>
      <Modal open={figure !== null} title={figure?.mode === 'edit' ? 'Image details' : 'Image details before inserting'} onClose={() => setFigure(null)}>
        {figure ? (
          <FigureDetailsForm
            previewSrc={figure.media.thumbSrc}
            initial={figure.text}
            submitLabel={figure.mode === 'edit' ? 'Save details' : 'Insert image'}
            onSubmit={submitFigure}
            onCancel={() => setFigure(null)}
          />
        ) : null}
      </Modal>
      <Modal open={scheduling} title="Schedule publication" onClose={() => setScheduling(false)}>
        <ScheduleForm
          initial={meta.scheduledAt}
          error={errors.scheduledAt}
          busy={session.busyStep === 'schedule'}
          onCancel={() => setScheduling(false)}
          onSchedule={async (iso) => {
            if (await runStep('schedule', { scheduledAt: iso })) setScheduling(false);
          }}
        />
      </Modal>
    </div>
  );
}
