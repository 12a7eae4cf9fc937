// The article editor page's client side: composes the fields, the Tiptap body, the settings column and
// the workflow bar around the article's shared document (use-collab-doc.ts, use-article-session.ts):
// several people edit at once, each sees the others' carets, and the server stores the document.
'use client';
import { useCallback, useMemo, useRef, useState } from 'react';
import Link from 'next/link';
import type { Editor } from '@tiptap/react';
import type { DocJSON, EditableArticle, MediaSummary, StaffOption, TagOption } from '@/lib/articles/editorial-types';
import { EMPTY_DOC, FIELD_LIMITS } from '@/lib/articles/fields';
import { isPlaceholderSlug, slugify } from '@/lib/core/slug';
import { docToPlainText, excerptFrom } from '@/lib/content/text';
import { Modal } from '@/components/dashboard/modal.client';
import { uploadImage } from '@/components/dashboard/upload-image';
import { BodyEditor } from './body-editor.client';
import { BylinePicker } from './byline-picker.client';
import type { EditorActions } from './editor-actions';
import { FeaturedImageField } from './featured-image-field.client';
import { FigureDetailsForm, type FigureText } from './figure-details-form.client';
import { LinkForm } from './link-form.client';
import { MediaPicker } from './media-picker.client';
import { PeopleHere } from './people-here';
import { SaveStatusText } from './save-status';
import { ScheduleForm } from './schedule-form.client';
import { SlugField } from './slug-field.client';
import { SocialPreview } from './social-preview';
import { TagPicker } from './tag-picker.client';
import { TextField } from './text-field';
import { Toolbar } from './toolbar.client';
import { useArticleSession, type MapFields } from './use-article-session';
import { useCollabDoc, usePeople } from './use-collab-doc';
import { useTagCatalog } from './use-tag-catalog';
import { WordCount } from './word-count';
import { WorkflowBar } from './workflow-bar.client';
import './editor.css';
import { dashboardPath } from '@/lib/core/routes';

type Props = {
  article: EditableArticle;
  viewer: { id: string; name: string };
  staff: StaffOption[];
  tags: TagOption[];
  siteUrl: string;
  canUpload: boolean;
  actions: EditorActions;
};

type FigureDraft = { mode: 'insert' | 'edit'; media: Pick<MediaSummary, 'id' | 'src' | 'thumbSrc' | 'width' | 'height'>; text: FigureText };

const followsHeadline = (f: MapFields) => !f.slug || f.slug === slugify(f.headline ?? '') || isPlaceholderSlug(f.slug);

export function ArticleEditor({ article, viewer, staff, tags, siteUrl, canUpload, actions }: Props) {
  // A standalone page has no dek, tags, bylines or correction note in public: the editor leaves them out.
  const isPage = article.kind === 'page';
  const editorRef = useRef<Editor | null>(null);
  const [editor, setEditor] = useState<Editor | null>(null);
  const collab = useCollabDoc(article.id, viewer);
  const session = useArticleSession({ article, collab, actions });
  const { fields, meta, fieldErrors: errors, update } = session;
  const { catalog, addToCatalog } = useTagCatalog(collab?.doc ?? null, tags);
  // The slug follows the headline until someone edits it (then it is theirs).
  const slugFollows = followsHeadline(fields);
  const [contentError, setContentError] = useState<string | null>(null);
  const [linkOpen, setLinkOpen] = useState(false);
  const [picker, setPicker] = useState<null | 'body' | 'featured'>(null);
  const [figure, setFigure] = useState<FigureDraft | null>(null);
  const [scheduling, setScheduling] = useState(false);
  const [bodyNotice, setBodyNotice] = useState('');
  const [body, setBody] = useState<DocJSON>((article.fields.body ?? EMPTY_DOC) as DocJSON);
  const others = usePeople(collab?.provider ?? null, viewer.id);
  // Nothing is editable until the shared document exists (a keystroke before it would have nowhere to go).
  const readOnly = !collab || !meta.abilities.edit || meta.status === 'trash' || Boolean(contentError) || session.readOnlyConnection || session.connection === 'refused';
  const siteHost = useMemo(() => new URL(siteUrl).host, [siteUrl]);
  const runStep = session.runStep;

  const onReady = useCallback((e: Editor | null) => {
    editorRef.current = e;
    setEditor(e);
  }, []);
  const onContentError = useCallback((message: string) => {
    setContentError(`The stored body contains something this editor cannot load (${message}). Editing is switched off so nothing is lost: restore a revision, or ask an admin.`);
  }, []);
  const onBodyChange = useCallback((doc: DocJSON) => setBody(doc), []);
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

  const dirty = session.status.kind !== 'saved' && session.status.kind !== 'clean';

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
          void session.saveNow();
        }
      }}
    >
      <div className="editor-topbar">
        <Link href={dashboardPath()} className="editor-back">
          ← Articles
        </Link>
        <SaveStatusText status={session.status} />
        <WorkflowBar
          meta={meta}
          dirty={dirty}
          saving={session.status.kind === 'saving'}
          busyStep={session.busyStep}
          onSave={() => void session.saveNow()}
          onStep={(step) => void runStep(step)}
          onSchedule={() => setScheduling(true)}
        />
      </div>

      {session.notice ? (
        <p className={`editor-notice editor-notice-${session.notice.tone}`} role={session.notice.tone === 'error' ? 'alert' : 'status'}>
          {session.notice.text}
        </p>
      ) : null}
      <PeopleHere people={others} />
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
              {collab ? (
              <BodyEditor
                key={collab.doc.guid}
                collab={collab}
                editable={!readOnly}
                describedBy={errors.body ? 'body-error' : undefined}
                invalid={Boolean(errors.body)}
                onChange={onBodyChange}
                onReady={onReady}
                onContentError={onContentError}
                onImageFiles={(files) => void onImageFiles(files)}
              />
              ) : null}
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
              update({ slug });
            }}
            onFollowHeadline={() => {
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
                onAdd={(id) => session.changeList('tagIds', (ids) => (ids.includes(id) ? ids : [...ids, id]))}
                onRemove={(id) => session.changeList('tagIds', (ids) => ids.filter((x) => x !== id))}
                onCreate={async (name) => {
                  const result = await actions.createTag({ name });
                  if (result.ok) addToCatalog(result.tag);
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
              description={excerptFrom(fields.seoDescription || fields.excerpt || fields.dek || docToPlainText(body), 160)}
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
