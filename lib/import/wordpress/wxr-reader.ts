// Reads a WordPress export (WXR 1.1/1.2) as a stream of authors, terms and items, one at a time, so a
// file of any size is read in bounded memory. Knows the WXR element names; nothing about Byline.
import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { SaxesParser } from 'saxes';

export type WxrChannel = { title: string; baseSiteUrl: string; baseBlogUrl: string; wxrVersion: string };
export type WxrAuthor = { id: string; login: string; email: string; displayName: string; firstName: string; lastName: string };
export type WxrTerm = { kind: 'category' | 'tag'; termId: string; slug: string; name: string; description: string; parent: string };
export type WxrItem = {
  postId: string;
  title: string;
  link: string;
  creator: string;
  content: string;
  excerpt: string;
  postDate: string;
  postDateGmt: string;
  postModifiedGmt: string;
  postName: string;
  status: string;
  type: string;
  parent: string;
  isSticky: boolean;
  attachmentUrl: string;
  terms: { domain: string; slug: string; name: string }[];
  meta: { key: string; value: string }[];
  comments: number;
  /** A field was longer than the reader keeps: the item must be reported, not imported. */
  oversize: boolean;
};

export type WxrEvent =
  | { kind: 'channel'; channel: WxrChannel }
  | { kind: 'author'; author: WxrAuthor }
  | { kind: 'term'; term: WxrTerm }
  | { kind: 'item'; item: WxrItem };

/** The file is not WordPress's export format, or stops being well-formed XML at some point. */
export class WxrError extends Error {}

/** Longest field kept (characters); a longer post body is reported rather than held in memory. */
export const MAX_FIELD_CHARS = 8 * 1024 * 1024;

const ITEM_FIELDS: Record<string, keyof WxrItem> = {
  title: 'title',
  link: 'link',
  'dc:creator': 'creator',
  'content:encoded': 'content',
  'excerpt:encoded': 'excerpt',
  'wp:post_id': 'postId',
  'wp:post_date': 'postDate',
  'wp:post_date_gmt': 'postDateGmt',
  'wp:post_modified_gmt': 'postModifiedGmt',
  'wp:post_name': 'postName',
  'wp:status': 'status',
  'wp:post_type': 'type',
  'wp:post_parent': 'parent',
  'wp:attachment_url': 'attachmentUrl',
};

const emptyItem = (): WxrItem => ({
  postId: '',
  title: '',
  link: '',
  creator: '',
  content: '',
  excerpt: '',
  postDate: '',
  postDateGmt: '',
  postModifiedGmt: '',
  postName: '',
  status: '',
  type: '',
  parent: '',
  isSticky: false,
  attachmentUrl: '',
  terms: [],
  meta: [],
  comments: 0,
  oversize: false,
});

export async function* readWxr(stream: Readable | AsyncIterable<string | Buffer>, maxFieldChars = MAX_FIELD_CHARS): AsyncGenerator<WxrEvent> {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const queue: WxrEvent[] = [];
  const path: string[] = [];
  let text = '';
  let textOverflow = false;
  let sawRoot = false;
  const channel: WxrChannel = { title: '', baseSiteUrl: '', baseBlogUrl: '', wxrVersion: '' };
  let channelSent = false;
  let item: WxrItem | null = null;
  let author: Record<string, string> | null = null;
  let term: Record<string, string> | null = null;
  let meta: { key: string; value: string } | null = null;
  let category: { domain: string; slug: string } | null = null;

  const sendChannel = () => {
    if (channelSent) return;
    if (!channel.wxrVersion) throw new WxrError('This file is not a WordPress export: it has no <wp:wxr_version> (export it with Tools > Export).');
    channelSent = true;
    queue.push({ kind: 'channel', channel: { ...channel } });
  };

  parser.on('opentag', (tag) => {
    const name = tag.name;
    if (!sawRoot) {
      sawRoot = true;
      if (name !== 'rss') throw new WxrError(`This file is not a WordPress export: its root element is <${name}>, not <rss>.`);
    }
    path.push(name);
    text = '';
    textOverflow = false;
    const parent = path[path.length - 2];
    if (name === 'item' && parent === 'channel') {
      sendChannel();
      item = emptyItem();
    } else if (name === 'wp:author' && parent === 'channel') {
      sendChannel();
      author = {};
    } else if ((name === 'wp:category' || name === 'wp:tag') && parent === 'channel') {
      sendChannel();
      term = { kind: name === 'wp:category' ? 'category' : 'tag' };
    } else if (item && name === 'wp:postmeta') {
      meta = { key: '', value: '' };
    } else if (item && name === 'category' && parent === 'item') {
      category = { domain: String(tag.attributes.domain ?? ''), slug: String(tag.attributes.nicename ?? '') };
    } else if (item && name === 'wp:comment' && parent === 'item') {
      item.comments++;
    }
  });

  const onText = (chunk: string) => {
    if (textOverflow) return;
    if (text.length + chunk.length > maxFieldChars) {
      textOverflow = true;
      if (item) item.oversize = true;
      return;
    }
    text += chunk;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);

  parser.on('closetag', (tag) => {
    const name = tag.name;
    path.pop();
    const parent = path[path.length - 1];
    const value = text;
    text = '';
    if (item) {
      if (name === 'item') {
        queue.push({ kind: 'item', item });
        item = null;
      } else if (parent === 'item' && name in ITEM_FIELDS) {
        (item as Record<string, unknown>)[ITEM_FIELDS[name]!] = ITEM_FIELDS[name] === 'content' || ITEM_FIELDS[name] === 'excerpt' ? value : value.trim();
      } else if (parent === 'item' && name === 'wp:is_sticky') {
        item.isSticky = value.trim() === '1';
      } else if (meta && parent === 'wp:postmeta') {
        if (name === 'wp:meta_key') meta.key = value.trim();
        if (name === 'wp:meta_value') meta.value = value;
      } else if (meta && name === 'wp:postmeta') {
        item.meta.push(meta);
        meta = null;
      } else if (category && name === 'category') {
        item.terms.push({ ...category, name: value.trim() });
        category = null;
      }
      return;
    }
    if (author) {
      if (name === 'wp:author') {
        queue.push({
          kind: 'author',
          author: {
            id: author['wp:author_id'] ?? '',
            login: author['wp:author_login'] ?? '',
            email: author['wp:author_email'] ?? '',
            displayName: author['wp:author_display_name'] ?? '',
            firstName: author['wp:author_first_name'] ?? '',
            lastName: author['wp:author_last_name'] ?? '',
          },
        });
        author = null;
      } else author[name] = value.trim();
      return;
    }
    if (term) {
      if (name === 'wp:category' || name === 'wp:tag') {
        const isCategory = term.kind === 'category';
        queue.push({
          kind: 'term',
          term: {
            kind: isCategory ? 'category' : 'tag',
            termId: term['wp:term_id'] ?? '',
            slug: (isCategory ? term['wp:category_nicename'] : term['wp:tag_slug']) ?? '',
            name: (isCategory ? term['wp:cat_name'] : term['wp:tag_name']) ?? '',
            description: (isCategory ? term['wp:category_description'] : term['wp:tag_description']) ?? '',
            parent: term['wp:category_parent'] ?? '',
          },
        });
        term = null;
      } else term[name] = value.trim();
      return;
    }
    if (parent === 'channel') {
      if (name === 'title') channel.title = value.trim();
      if (name === 'wp:wxr_version') channel.wxrVersion = value.trim();
      if (name === 'wp:base_site_url') channel.baseSiteUrl = value.trim();
      if (name === 'wp:base_blog_url') channel.baseBlogUrl = value.trim();
    }
    if (name === 'channel') sendChannel();
  });

  const fail = (error: unknown): never => {
    if (error instanceof WxrError) throw error;
    throw new WxrError(`The file is not well-formed XML (line ${parser.line}): ${(error as Error).message.replace(/^(?:.*?:)?\d+:\d+: /, '')}`);
  };

  // A decoder, so a character split across two chunks is not mangled.
  const decoder = new StringDecoder('utf8');
  for await (const chunk of stream) {
    try {
      parser.write(typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer));
    } catch (error) {
      yield* queue.splice(0);
      fail(error);
    }
    yield* queue.splice(0);
  }
  try {
    parser.close();
  } catch (error) {
    yield* queue.splice(0);
    fail(error);
  }
  yield* queue.splice(0);
  if (!sawRoot) throw new WxrError('The file is empty.');
  if (!channelSent) fail(new Error('no channel'));
}
