// The figure node: an image from the media library with alt text, caption and credit.
import { Node, mergeAttributes } from '@tiptap/core';

export type FigureAttrs = {
  mediaId: string;
  src: string;
  alt: string;
  caption: string;
  credit: string;
  width: number | null;
  height: number | null;
};

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    figure: {
      /** Inserts a media-library image as a figure. */
      insertFigure: (attrs: FigureAttrs) => ReturnType;
    };
  }
}

export const Figure = Node.create({
  name: 'figure',
  group: 'block',
  atom: true,
  draggable: true,
  selectable: true,

  addAttributes() {
    return {
      mediaId: { default: null },
      src: { default: null },
      alt: { default: '' },
      caption: { default: '' },
      credit: { default: '' },
      width: { default: null },
      height: { default: null },
    };
  },

  parseHTML() {
    return [
      {
        tag: 'figure[data-media-id]',
        getAttrs: (el) => {
          const img = (el as HTMLElement).querySelector('img');
          return {
            mediaId: (el as HTMLElement).getAttribute('data-media-id'),
            src: img?.getAttribute('src') ?? null,
            alt: img?.getAttribute('alt') ?? '',
            caption: (el as HTMLElement).querySelector('figcaption [data-caption]')?.textContent ?? '',
            credit: (el as HTMLElement).querySelector('figcaption [data-credit]')?.textContent ?? '',
          };
        },
      },
    ];
  },

  renderHTML({ node, HTMLAttributes }) {
    const { caption, credit, alt, src, width, height } = node.attrs as FigureAttrs;
    return [
      'figure',
      mergeAttributes({ 'data-media-id': HTMLAttributes.mediaId, class: 'article-figure' }),
      ['img', { src, alt, width, height, loading: 'lazy' }],
      ['figcaption', {}, ['span', { 'data-caption': '' }, caption], ['span', { 'data-credit': '' }, credit]],
    ];
  },

  addCommands() {
    return {
      insertFigure:
        (attrs) =>
        ({ commands }) =>
          commands.insertContent({ type: this.name, attrs }),
    };
  },
});
