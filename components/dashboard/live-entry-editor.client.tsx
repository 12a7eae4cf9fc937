'use client';
// A live entry's body: Tiptap with the shared article extension list (lib/content), so an entry can
// hold exactly what an article can, and the server checks it with the same schema. Kept apart from
// the article editor: an entry is a short, self-contained update.
import { useEffect, useMemo, useRef } from 'react';
import { EditorContent, useEditor, type Editor, type JSONContent } from '@tiptap/react';
import { Placeholder } from '@tiptap/extensions';
import type { DocJSON } from '@/lib/content/doc';
import { articleExtensions } from '@/lib/content/extensions';

type Props = {
  /** Changing the key of this component loads another document (editing an entry, or a blank one). */
  initialContent: DocJSON;
  invalid?: boolean;
  describedBy?: string;
  onChange: (doc: DocJSON) => void;
  onReady: (editor: Editor | null) => void;
};

export function LiveEntryEditor(props: Props) {
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });
  const extensions = useMemo(() => [...articleExtensions(), Placeholder.configure({ placeholder: 'What just happened?' })], []);
  const editor = useEditor({
    extensions,
    content: props.initialContent as JSONContent,
    immediatelyRender: false,
    enableContentCheck: true,
    onUpdate: ({ editor: e }) => latest.current.onChange(e.getJSON() as DocJSON),
    editorProps: {
      attributes: {
        class: 'body-editor-content article-body live-entry-editor',
        'aria-label': 'Entry text',
        'aria-multiline': 'true',
        ...(props.invalid ? { 'aria-invalid': 'true' } : {}),
        ...(props.describedBy ? { 'aria-describedby': props.describedBy } : {}),
      },
    },
  });
  useEffect(() => {
    latest.current.onReady(editor);
    return () => latest.current.onReady(null);
  }, [editor]);
  return <EditorContent editor={editor} className="body-editor" />;
}
