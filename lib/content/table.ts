// The table nodes of the article model: Tiptap's table, row, header and cell, with a caption attribute
// on the table and cells that hold paragraphs only (no lists, figures or tables inside a cell).
import { Table, TableCell, TableHeader, TableRow, TableView } from '@tiptap/extension-table';
import type { Node as PMNode } from '@tiptap/pm/model';
import type { EditorView } from '@tiptap/pm/view';

/**
 * The editor's view of a table: Tiptap's own (a wrapper that scrolls, the table, its columns) with the
 * caption shown above it. The caption is not editable text in the table; the table menu edits it.
 */
class CaptionedTableView extends TableView {
  private readonly caption: HTMLElement;

  constructor(node: PMNode, cellMinWidth: number, view: EditorView, HTMLAttributes?: Record<string, unknown>) {
    super(node, cellMinWidth, view, HTMLAttributes);
    this.caption = document.createElement('caption');
    this.caption.contentEditable = 'false';
    this.table.insertBefore(this.caption, this.table.firstChild);
    this.showCaption(node);
  }

  override update(node: PMNode): boolean {
    if (!super.update(node)) return false;
    this.showCaption(node);
    return true;
  }

  private showCaption(node: PMNode) {
    const text = typeof node.attrs.caption === 'string' ? node.attrs.caption : '';
    this.caption.textContent = text;
    this.caption.hidden = !text;
  }
}

const ArticleTable = Table.extend({
  addAttributes() {
    return {
      ...this.parent?.(),
      caption: {
        default: '',
        parseHTML: (element) => element.querySelector('caption')?.textContent?.trim() ?? '',
        // Rendered by the node view and the reader renderer as a <caption>, not as an attribute.
        renderHTML: () => ({}),
      },
    };
  },
  parseHTML() {
    // A pasted table's <caption> is the caption attribute (above), never a stray row of text.
    return [{ tag: 'table' }, { tag: 'caption', ignore: true }];
  },
}).configure({ resizable: false, allowTableNodeSelection: false, View: CaptionedTableView });

const CELL_CONTENT = 'paragraph+';

export const tableExtensions = [
  ArticleTable,
  TableRow.extend({ content: '(tableCell | tableHeader)+' }),
  TableHeader.extend({ content: CELL_CONTENT }),
  TableCell.extend({ content: CELL_CONTENT }),
];
