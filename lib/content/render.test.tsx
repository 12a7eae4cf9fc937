// The body renderer: every node and mark of the document model, checked by parsing the HTML it makes.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import type { DocJSON } from '@/db/schema';
import { checkArticleDoc } from './schema';
import { renderArticleBodyToHtml } from './render-html';

const t = (text: string, marks?: { type: string; attrs?: Record<string, unknown> }[]) => (marks ? { type: 'text', text, marks } : { type: 'text', text });
const para = (...content: unknown[]) => ({ type: 'paragraph', content });

const fullDoc: DocJSON = {
  type: 'doc',
  content: [
    para(t('Plain, '), t('bold', [{ type: 'bold' }]), t(' '), t('italic', [{ type: 'italic' }]), t(' '), t('gone', [{ type: 'strike' }]), t(' '), t('x = 1', [{ type: 'code' }])),
    { type: 'heading', attrs: { level: 2 }, content: [t('What happened')] },
    { type: 'heading', attrs: { level: 3 }, content: [t('The vote')] },
    { type: 'heading', attrs: { level: 4 }, content: [t('Details')] },
    para(t('A '), t('link', [{ type: 'link', attrs: { href: 'https://example.org/report' } }]), t(' and '), t('a site link', [{ type: 'link', attrs: { href: '/news/other' } }])),
    { type: 'bulletList', content: [{ type: 'listItem', content: [para(t('one'))] }, { type: 'listItem', content: [para(t('two'))] }] },
    { type: 'orderedList', attrs: { start: 3 }, content: [{ type: 'listItem', content: [para(t('three'))] }] },
    { type: 'blockquote', content: [para(t('Quoted words.'))] },
    { type: 'horizontalRule' },
    para(t('line one'), { type: 'hardBreak' }, t('line two')),
    {
      type: 'figure',
      attrs: {
        mediaId: '11111111-1111-4111-8111-111111111111',
        src: '/media/2026-11/abc/original.jpg',
        alt: 'A harbour at dawn',
        caption: 'The harbour on Tuesday.',
        credit: 'Photo: A. Person',
        width: 1600,
        height: 900,
      },
    },
  ],
};

async function render(doc: DocJSON, options?: Parameters<typeof renderArticleBodyToHtml>[1]) {
  const html = renderArticleBodyToHtml(doc, options);
  return { html, document: parseHTML(`<!doctype html><html><body>${html}</body></html>`).document };
}

describe('renderArticleBody', () => {
  it('renders a document the schema accepts, node by node', async () => {
    expect(checkArticleDoc(fullDoc).ok).toBe(true);
    const { document } = await render(fullDoc);
    expect(document.querySelector('p strong')?.textContent).toBe('bold');
    expect(document.querySelector('p em')?.textContent).toBe('italic');
    expect(document.querySelector('p s')?.textContent).toBe('gone');
    expect(document.querySelector('p code')?.textContent).toBe('x = 1');
    expect(document.querySelector('h2')?.getAttribute('id')).toBe('what-happened');
    expect(document.querySelector('h3')?.getAttribute('id')).toBe('the-vote');
    expect(document.querySelector('h4')?.getAttribute('id')).toBe('details');
    const links = [...document.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['https://example.org/report', '/news/other']);
    expect([...document.querySelectorAll('ul > li')].map((li) => li.textContent)).toEqual(['one', 'two']);
    expect(document.querySelector('ol')?.getAttribute('start')).toBe('3');
    expect(document.querySelector('blockquote p')?.textContent).toBe('Quoted words.');
    expect(document.querySelectorAll('hr')).toHaveLength(1);
    expect(document.querySelectorAll('br')).toHaveLength(1);
  });

  it('renders figures as figure, img and figcaption with the credit in a span', async () => {
    const { document } = await render(fullDoc);
    const figure = document.querySelector('figure')!;
    const img = figure.querySelector('img')!;
    expect(img.getAttribute('src')).toBe('/media/2026-11/abc/original.jpg');
    expect(img.getAttribute('alt')).toBe('A harbour at dawn');
    expect(img.getAttribute('width')).toBe('1600');
    expect(img.getAttribute('loading')).toBe('lazy');
    expect(figure.querySelector('figcaption')?.textContent).toBe('The harbour on Tuesday. Photo: A. Person');
    expect(figure.querySelector('figcaption span')?.textContent).toBe('Photo: A. Person');
  });

  it('uses the media library for srcset and size when it knows the image', async () => {
    const { document } = await render(fullDoc, {
      media: {
        '11111111-1111-4111-8111-111111111111': {
          id: '11111111-1111-4111-8111-111111111111',
          src: '/media/2026-11/abc/original.jpg',
          srcset: '/media/2026-11/abc/w320.webp 320w, /media/2026-11/abc/w640.webp 640w',
          width: 2000,
          height: 1000,
          alt: 'Library alt',
          mimeType: 'image/jpeg',
          caption: '',
          credit: '',
        },
      },
    });
    const img = document.querySelector('figure img')!;
    // React writes the attribute as "srcSet"; HTML attribute names are case-insensitive, linkedom's lookup is not.
    expect(img.getAttribute('srcset') ?? img.getAttribute('srcSet')).toContain('w640.webp 640w');
    expect(img.getAttribute('sizes')).toBeTruthy();
    expect(img.getAttribute('width')).toBe('2000');
    // The alt written where the image was placed wins over the library's.
    expect(img.getAttribute('alt')).toBe('A harbour at dawn');
  });

  it('drops unsafe links to plain text and escapes everything', async () => {
    const doc: DocJSON = {
      type: 'doc',
      content: [
        para(t('click', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }]), t(' <script>alert(2)</script>')),
        para(t('proto', [{ type: 'link', attrs: { href: '//evil.example/x' } }])),
      ],
    };
    const { html, document } = await render(doc);
    expect(document.querySelectorAll('a')).toHaveLength(0);
    expect(document.querySelectorAll('script')).toHaveLength(0);
    expect(html).toContain('&lt;script&gt;');
    expect(document.body.textContent).toContain('click');
  });

  it('keeps the text of unknown nodes and marks, and ignores figures that do not point at the media route', async () => {
    const doc = {
      type: 'doc',
      content: [
        { type: 'callout', content: [para(t('kept', [{ type: 'highlight' }]))] },
        { type: 'figure', attrs: { mediaId: 'x', src: 'https://evil.example/a.png', alt: '' } },
      ],
    } as DocJSON;
    const { document } = await render(doc);
    expect(document.querySelector('p')?.textContent).toBe('kept');
    expect(document.querySelectorAll('img')).toHaveLength(0);
  });

  it('keeps heading ids clear of ids the page uses', async () => {
    const doc: DocJSON = { type: 'doc', content: [{ type: 'heading', attrs: { level: 2 }, content: [t('Main content')] }] };
    const { document } = await render(doc, { reservedIds: ['main-content'] });
    expect(document.querySelector('h2')?.getAttribute('id')).toBe('main-content-2');
  });

  it('makes site paths absolute when asked (feeds)', async () => {
    const { document } = await render(fullDoc, { resolveUrl: (path) => `https://news.example${path}` });
    expect(document.querySelector('figure img')?.getAttribute('src')).toBe('https://news.example/media/2026-11/abc/original.jpg');
    expect([...document.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['https://example.org/report', 'https://news.example/news/other']);
  });

  it('renders an empty body as nothing', async () => {
    expect((await render({ type: 'doc', content: [] })).html).toBe('');
  });
});
