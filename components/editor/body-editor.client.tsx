// The article body: Tiptap with the shared extension list (lib/content), so the editor can only make
// what the server accepts and readers see, bound to the article's shared document (Collaboration, on
// the body fragment) with everyone's carets. Content the schema cannot load blocks editing instead of
// being silently dropped.
'use client';
import { useEffect, useMemo, useRef } from 'react';
import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import Collaboration from '@tiptap/extension-collaboration';
import { CharacterCount, Placeholder } from '@tiptap/extensions';
import type { DocJSON } from '@/lib/articles/editorial-types';
import { BODY_FIELD } from '@/lib/collab/doc-model';
import { articleExtensions } from '@/lib/content/extensions';
import { imageFiles } from '@/components/dashboard/upload-image';
import { CollabCaret } from './collab-caret';
import type { CollabDoc } from './use-collab-doc';

type Props = {
  collab: CollabDoc;
  editable: boolean;
  describedBy?: string;
  invalid?: boolean;
  onChange: (doc: DocJSON) => void;
  onReady: (editor: Editor | null) => void;
  onContentError: (message: string) => void;
  /** Image files pasted or dropped into the body: uploaded, then inserted as figures. */
  onImageFiles: (files: File[]) => void;
};

export function BodyEditor(props: Props) {
  // Tiptap keeps the callbacks it was created with; these refs let them see the latest props.
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });

  // Stable across renders: Tiptap compares options on every render and would re-apply changed ones.
  const { doc, provider } = props.collab;
  const extensions = useMemo(
    () => [
      ...articleExtensions({ collaborative: true }),
      Collaboration.configure({ document: doc, field: BODY_FIELD }),
      CollabCaret.configure({ awareness: provider.awareness }),
      Placeholder.configure({ placeholder: 'Write the story…' }),
      CharacterCount,
    ],
    [doc, provider],
  );
  const editorProps = useMemo(
    () => ({
      attributes: {
        class: 'body-editor-content article-body',
        'aria-label': 'Article body',
        'aria-multiline': 'true',
      },
      handlePaste: (_view: unknown, event: ClipboardEvent) => {
        const files = imageFiles(event.clipboardData?.files);
        if (!files.length) return false;
        event.preventDefault();
        latest.current.onImageFiles(files);
        return true;
      },
      handleDrop: (_view: unknown, event: DragEvent, _slice: unknown, moved: boolean) => {
        if (moved) return false;
        const files = imageFiles(event.dataTransfer?.files);
        if (!files.length) return false;
        event.preventDefault();
        latest.current.onImageFiles(files);
        return true;
      },
    }),
    [],
  );
  const editor = useEditor(
    {
      extensions,
      // The dashboard renders on the server too; Tiptap must wait for the browser (tiptap#5856).
      immediatelyRender: false,
      enableContentCheck: true,
      editable: props.editable,
      onContentError: ({ error, disableCollaboration }) => {
        // Stop syncing this screen, so nothing it cannot show is sent back over the shared copy.
        disableCollaboration();
        latest.current.onContentError(error.message);
      },
      onUpdate: ({ editor: e }) => latest.current.onChange(e.getJSON() as DocJSON),
      onCreate: ({ editor: e }) => latest.current.onChange(e.getJSON() as DocJSON),
      editorProps,
    },
    [extensions],
  );

  useEffect(() => {
    latest.current.onReady(editor);
    return () => latest.current.onReady(null);
  }, [editor]);

  useEffect(() => {
    if (editor && editor.isEditable !== props.editable) editor.setEditable(props.editable);
  }, [editor, props.editable]);

  useEffect(() => {
    const dom = editor?.view.dom;
    if (!dom) return;
    if (props.describedBy) dom.setAttribute('aria-describedby', props.describedBy);
    else dom.removeAttribute('aria-describedby');
    dom.setAttribute('aria-invalid', props.invalid ? 'true' : 'false');
  }, [editor, props.describedBy, props.invalid]);

  return <EditorContent editor={editor} className="body-editor" />;
}
