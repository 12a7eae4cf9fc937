// The formatting toolbar: every button named for screen readers, toggles report aria-pressed, and the
// same commands have keyboard shortcuts and Markdown input rules from StarterKit.
'use client';
import { useEditorState, type Editor } from '@tiptap/react';
import { ToolbarButton } from './toolbar-button';

type Props = {
  editor: Editor;
  onLink: () => void;
  onImage: () => void;
  onFigureDetails: () => void;
  canInsertImage: boolean;
};

export function Toolbar({ editor, onLink, onImage, onFigureDetails, canInsertImage }: Props) {
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      editable: e.isEditable,
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      strike: e.isActive('strike'),
      code: e.isActive('code'),
      h2: e.isActive('heading', { level: 2 }),
      h3: e.isActive('heading', { level: 3 }),
      h4: e.isActive('heading', { level: 4 }),
      bulletList: e.isActive('bulletList'),
      orderedList: e.isActive('orderedList'),
      blockquote: e.isActive('blockquote'),
      link: e.isActive('link'),
      figure: e.isActive('figure'),
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
    }),
  });
  const off = !state.editable;
  const chain = () => editor.chain().focus();

  return (
    <div className="editor-toolbar" role="toolbar" aria-label="Formatting" aria-controls="article-body">
      <div className="toolbar-group">
        <ToolbarButton label="Bold" shortcut="Ctrl+B" pressed={state.bold} disabled={off} onClick={() => chain().toggleBold().run()}>
          <b aria-hidden="true">B</b>
        </ToolbarButton>
        <ToolbarButton label="Italic" shortcut="Ctrl+I" pressed={state.italic} disabled={off} onClick={() => chain().toggleItalic().run()}>
          <i aria-hidden="true">I</i>
        </ToolbarButton>
        <ToolbarButton label="Strikethrough" shortcut="Ctrl+Shift+S" pressed={state.strike} disabled={off} onClick={() => chain().toggleStrike().run()}>
          <s aria-hidden="true">S</s>
        </ToolbarButton>
        <ToolbarButton label="Inline code" shortcut="Ctrl+E" pressed={state.code} disabled={off} onClick={() => chain().toggleCode().run()}>
          <span aria-hidden="true">{'</>'}</span>
        </ToolbarButton>
      </div>
      <div className="toolbar-group">
        {([2, 3, 4] as const).map((level) => (
          <ToolbarButton
            key={level}
            label={`Heading ${level}`}
            shortcut={`Ctrl+Alt+${level}`}
            pressed={state[`h${level}`]}
            disabled={off}
            onClick={() => chain().toggleHeading({ level }).run()}
          >
            <span aria-hidden="true">H{level}</span>
          </ToolbarButton>
        ))}
      </div>
      <div className="toolbar-group">
        <ToolbarButton label="Bulleted list" shortcut="Ctrl+Shift+8" pressed={state.bulletList} disabled={off} onClick={() => chain().toggleBulletList().run()}>
          <span aria-hidden="true">•≡</span>
        </ToolbarButton>
        <ToolbarButton label="Numbered list" shortcut="Ctrl+Shift+7" pressed={state.orderedList} disabled={off} onClick={() => chain().toggleOrderedList().run()}>
          <span aria-hidden="true">1≡</span>
        </ToolbarButton>
        <ToolbarButton label="Quote" shortcut="Ctrl+Shift+B" pressed={state.blockquote} disabled={off} onClick={() => chain().toggleBlockquote().run()}>
          <span aria-hidden="true">❝</span>
        </ToolbarButton>
        <ToolbarButton label="Horizontal rule" disabled={off} onClick={() => chain().setHorizontalRule().run()}>
          <span aria-hidden="true">―</span>
        </ToolbarButton>
      </div>
      <div className="toolbar-group">
        <ToolbarButton label={state.link ? 'Edit link' : 'Add link'} shortcut="Ctrl+K" pressed={state.link} disabled={off} onClick={onLink}>
          <LinkIcon />
        </ToolbarButton>
        {state.figure ? (
          <ToolbarButton label="Image details" disabled={off} onClick={onFigureDetails}>
            <ImageIcon />
          <span aria-hidden="true">…</span>
          </ToolbarButton>
        ) : (
          <ToolbarButton label="Insert image" disabled={off || !canInsertImage} onClick={onImage}>
            <ImageIcon />
          </ToolbarButton>
        )}
      </div>
      <div className="toolbar-group">
        <ToolbarButton label="Undo" shortcut="Ctrl+Z" disabled={off || !state.canUndo} onClick={() => chain().undo().run()}>
          <span aria-hidden="true">↶</span>
        </ToolbarButton>
        <ToolbarButton label="Redo" shortcut="Ctrl+Shift+Z" disabled={off || !state.canRedo} onClick={() => chain().redo().run()}>
          <span aria-hidden="true">↷</span>
        </ToolbarButton>
      </div>
    </div>
  );
}

function LinkIcon() {
  return (
    <svg aria-hidden="true" width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
      <path d="M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1" />
      <path d="M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1" />
    </svg>
  );
}

function ImageIcon() {
  return (
    <svg aria-hidden="true" width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round">
      <rect x="3" y="5" width="18" height="14" rx="2" />
      <circle cx="9" cy="10" r="1.6" />
      <path d="M4 18l5-5 4 4 3-3 4 4" />
    </svg>
  );
}
