// Unit tests: WordPress bodies into the article document: WordPress's automatic paragraphs, shortcodes,
// and markup Byline cannot show, which never reaches readers as text.
import { describe, expect, it } from 'vitest';
import { checkArticleDoc } from '@/lib/content/schema';
import { docToPlainText } from '@/lib/content/text';
import { htmlToDoc, htmlToText } from './html-to-doc';
import { shortcodesToElements } from './shortcodes';

const MEDIA = '00000000-0000-4000-8000-000000000001';
const ctx = {
  resolveImage: ({ attachmentId }: { attachmentId?: string }) =>
    attachmentId === '7' ? { mediaId: MEDIA, src: '/media/2026-11/x/original.jpg', alt: 'Library alt', caption: 'Library caption', credit: 'Photo desk', width: 800, height: 500 } : null,
  rewriteHref: (href: string) => href.replace('https://old.example.org', ''),
};
const convert = (html: string) => {
  const result = htmlToDoc(html, ctx);
  expect(checkArticleDoc(result.doc).ok).toBe(true);
  return { ...result, text: docToPlainText(result.doc), json: JSON.stringify(result.doc) };
};

describe('htmlToDoc', () => {
  it('makes paragraphs from blank lines and line breaks from single newlines (classic editor)', () => {
    const { doc } = convert('First line\nsecond line\n\nNext paragraph with <em>emphasis</em>.');
    expect(doc.content).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'First line' }, { type: 'hardBreak' }, { type: 'text', text: 'second line' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'Next paragraph with ' }, { type: 'text', text: 'emphasis', marks: [{ type: 'italic' }] }, { type: 'text', text: '.' }] },
    ]);
  });

  it('turns [caption] into a library figure with the caption, and keeps prose brackets', () => {
    const { doc, text } = convert('[caption id="attachment_7" width="300"]<img class="wp-image-7" src="https://old.example.org/wp-content/uploads/a.jpg" alt="Alt from post"> The caption text[/caption]\n\nHe said [sic] it.');
    expect(doc.content![0]).toEqual({ type: 'figure', attrs: { mediaId: MEDIA, src: '/media/2026-11/x/original.jpg', alt: 'Alt from post', caption: 'The caption text', credit: 'Photo desk', width: 800, height: 500 } });
    expect(text).toContain('He said [sic] it.');
  });

  it('shows an escaped [[caption]] as text, as WordPress does', () => {
    expect(shortcodesToElements('Use [[caption]] for captions.')).toBe('Use [caption] for captions.');
  });

  it('never lets block comments, scripts or unknown shortcodes reach readers as text, and says so', () => {
    const { text, problems } = convert('<!-- wp:paragraph --><p>Kept</p><!-- /wp:paragraph --><!-- wp:acme/widget --><div>Widget text</div><!-- /wp:acme/widget --><script>alert(1)</script>[poll id="3"]');
    expect(text).toBe('Kept\nWidget text');
    expect(problems).toEqual(expect.arrayContaining(['<script> element left out', '[poll] shortcode removed, its content kept', 'block "acme/widget" is not a Byline construct: its text was carried over']));
  });

  it('fits headings into h2–h4, drops unsafe links, rewrites old-site links to paths', () => {
    const { doc, problems, json } = convert('<h1>Top</h1><h6>Deep</h6><p><a href="javascript:alert(1)">bad</a> <a href="https://old.example.org/2020/01/x/">old</a></p>');
    expect(doc.content!.slice(0, 2).map((n) => (n as { attrs: { level: number } }).attrs.level)).toEqual([2, 4]);
    expect(problems).toEqual(expect.arrayContaining(['heading level 1 shown as level 2', 'heading level 6 shown as level 4', 'link "javascript:alert(1)" left as plain text']));
    expect(json).not.toContain('javascript:');
    expect(json).toContain('"href":"/2020/01/x/"');
  });

  it('leaves out an image that is not in the library, with a report line', () => {
    const { doc, problems } = convert('<figure class="wp-block-image"><img src="https://elsewhere.example/p.jpg" alt="x"></figure><p>After</p>');
    expect(doc.content).toEqual([{ type: 'paragraph', content: [{ type: 'text', text: 'After' }] }]);
    expect(problems).toEqual(['image https://elsewhere.example/p.jpg is not in the media library: left out']);
  });

  it('reads an excerpt with markup as text', () => {
    expect(htmlToText('<p>Locks <strong>open</strong> &amp; roads\nclosed</p><script>x()</script>[gallery ids="1"]')).toBe('Locks open & roads closed');
  });

  it('gives an empty body one empty paragraph', () => {
    expect(convert('').doc).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
  });
});
