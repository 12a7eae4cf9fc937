// Plain-text views of a document: for search, excerpts, word counts and reading time.
import { walkDoc, type DocJSON, type DocNode } from './doc';

const BLOCKS = new Set(['paragraph', 'heading', 'blockquote', 'listItem', 'figure', 'horizontalRule', 'tableRow']);

export function docToPlainText(doc: DocJSON | DocNode): string {
  const parts: string[] = [];
  walkDoc(
    doc,
    (node) => {
      if (node.type === 'text' && node.text) parts.push(node.text);
      if (node.type === 'hardBreak') parts.push(' ');
      if (node.type === 'figure' && typeof node.attrs?.caption === 'string') parts.push(node.attrs.caption);
      if (node.type === 'table' && typeof node.attrs?.caption === 'string' && node.attrs.caption) parts.push(node.attrs.caption, '\n');
    },
    (node) => {
      if (node.type && BLOCKS.has(node.type)) parts.push('\n');
    },
  );
  return parts.join('').replace(/[ \t]+/g, ' ').replace(/\n\s*\n+/g, '\n').trim();
}

export function countWords(text: string): number {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu);
  return words ? words.length : 0;
}

/** Minutes at 230 words a minute, at least one. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 230));
}

export function excerptFrom(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 20)).replace(/[,;:.\s]+$/, '')}…`;
}
