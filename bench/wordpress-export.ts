// Writes a generated WordPress export (WXR 1.2, the shape export_wp() writes) with N posts and M image
// attachments, plus the uploads folder, for timing the importer at newsroom scale.
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';

const cdata = (s: string) => `<![CDATA[${s.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
const pad = (n: number) => String(n).padStart(2, '0');
const wpDate = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:00`;
const WORDS = 'river council harbour budget ferry school market bridge weather storm mayor vote street library park museum station festival court hospital'.split(' ');

function paragraph(seed: number, words = 60): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[(seed * 7 + i * 13) % WORDS.length]!);
  return `${out.join(' ')}.`;
}

export async function writeWordPressExport(dir: string, posts: number, images: number): Promise<{ file: string; uploads: string }> {
  const site = 'https://bench.example.org';
  const uploads = path.join(dir, 'uploads');
  fs.mkdirSync(path.join(uploads, '2024/01'), { recursive: true });
  for (let i = 0; i < images; i++) {
    const file = path.join(uploads, `2024/01/photo-${i}.jpg`);
    if (fs.existsSync(file)) continue;
    const background = { r: (i * 37) % 256, g: (i * 91) % 256, b: (i * 53) % 256 };
    await sharp({ create: { width: 1200, height: 800, channels: 3, background } }).jpeg({ quality: 70 }).toFile(file);
  }
  const file = path.join(dir, 'export.xml');
  const out = fs.createWriteStream(file);
  const write = (s: string) => (out.write(s) ? Promise.resolve() : new Promise<void>((r) => out.once('drain', () => r())));
  await write(`<?xml version="1.0" encoding="UTF-8" ?>\n<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">\n<channel>\n<title>Bench Gazette</title><link>${site}</link><wp:wxr_version>1.2</wp:wxr_version><wp:base_site_url>${site}</wp:base_site_url><wp:base_blog_url>${site}</wp:base_blog_url>\n`);
  for (let a = 0; a < 30; a++) {
    await write(`<wp:author><wp:author_id>${a + 1}</wp:author_id><wp:author_login>${cdata(`writer${a}`)}</wp:author_login><wp:author_email>${cdata(`writer${a}@bench.example.org`)}</wp:author_email><wp:author_display_name>${cdata(`Writer ${a}`)}</wp:author_display_name><wp:author_first_name>${cdata('')}</wp:author_first_name><wp:author_last_name>${cdata('')}</wp:author_last_name></wp:author>\n`);
  }
  for (let c = 0; c < 20; c++) await write(`<wp:category><wp:term_id>${c + 1}</wp:term_id><wp:category_nicename>${cdata(`section-${c}`)}</wp:category_nicename><wp:category_parent>${cdata('')}</wp:category_parent><wp:cat_name>${cdata(`Section ${c}`)}</wp:cat_name></wp:category>\n`);
  for (let t = 0; t < 200; t++) await write(`<wp:tag><wp:term_id>${t + 100}</wp:term_id><wp:tag_slug>${cdata(`topic-${t}`)}</wp:tag_slug><wp:tag_name>${cdata(`Topic ${t}`)}</wp:tag_name></wp:tag>\n`);
  const start = Date.UTC(2015, 0, 1);
  for (let i = 0; i < images; i++) {
    const id = 1_000_000 + i;
    await write(`<item><title>${cdata(`Photo ${i}`)}</title><link>${site}/?attachment_id=${id}</link><dc:creator>${cdata('writer0')}</dc:creator><content:encoded>${cdata('')}</content:encoded><excerpt:encoded>${cdata(`Caption of photo ${i}`)}</excerpt:encoded><wp:post_id>${id}</wp:post_id><wp:post_date>${cdata('2024-01-01 00:00:00')}</wp:post_date><wp:post_date_gmt>${cdata('2024-01-01 00:00:00')}</wp:post_date_gmt><wp:post_name>${cdata(`photo-${i}`)}</wp:post_name><wp:status>${cdata('inherit')}</wp:status><wp:post_parent>0</wp:post_parent><wp:post_type>${cdata('attachment')}</wp:post_type><wp:is_sticky>0</wp:is_sticky><wp:attachment_url>${cdata(`${site}/wp-content/uploads/2024/01/photo-${i}.jpg`)}</wp:attachment_url><wp:postmeta><wp:meta_key>${cdata('_wp_attached_file')}</wp:meta_key><wp:meta_value>${cdata(`2024/01/photo-${i}.jpg`)}</wp:meta_value></wp:postmeta><wp:postmeta><wp:meta_key>${cdata('_wp_attachment_image_alt')}</wp:meta_key><wp:meta_value>${cdata(`Alt text ${i}`)}</wp:meta_value></wp:postmeta></item>\n`);
  }
  for (let i = 0; i < posts; i++) {
    const id = i + 1;
    const date = new Date(start + i * 3_600_000 * 7);
    const img = images ? 1_000_000 + (i % images) : 0;
    const body = [
      `<!-- wp:paragraph -->\n<p>${paragraph(i)} <strong>${paragraph(i + 1, 5)}</strong> <a href="${site}/${date.getUTCFullYear()}/story-${i}/">earlier</a>.</p>\n<!-- /wp:paragraph -->`,
      `<!-- wp:heading -->\n<h2 class="wp-block-heading">${paragraph(i + 2, 6)}</h2>\n<!-- /wp:heading -->`,
      images ? `<!-- wp:image {"id":${img}} -->\n<figure class="wp-block-image size-large"><img src="${site}/wp-content/uploads/2024/01/photo-${i % images}.jpg" alt="" class="wp-image-${img}"/><figcaption class="wp-element-caption">${paragraph(i + 3, 8)}</figcaption></figure>\n<!-- /wp:image -->` : '',
      `<!-- wp:paragraph -->\n<p>${paragraph(i + 4, 120)}</p>\n<!-- /wp:paragraph -->`,
      `<!-- wp:list -->\n<ul><!-- wp:list-item -->\n<li>${paragraph(i + 5, 8)}</li>\n<!-- /wp:list-item --><!-- wp:list-item -->\n<li>${paragraph(i + 6, 8)}</li>\n<!-- /wp:list-item --></ul>\n<!-- /wp:list -->`,
      `<!-- wp:paragraph -->\n<p>${paragraph(i + 7, 200)}</p>\n<!-- /wp:paragraph -->`,
    ].join('\n\n');
    const status = i % 50 === 0 ? 'draft' : 'publish';
    await write(`<item><title>${cdata(`Story number ${i}: ${paragraph(i, 6)}`)}</title><link>${site}/${date.getUTCFullYear()}/story-${i}/</link><dc:creator>${cdata(`writer${i % 30}`)}</dc:creator><content:encoded>${cdata(body)}</content:encoded><excerpt:encoded>${cdata('')}</excerpt:encoded><wp:post_id>${id}</wp:post_id><wp:post_date>${cdata(wpDate(date))}</wp:post_date><wp:post_date_gmt>${cdata(wpDate(date))}</wp:post_date_gmt><wp:post_modified_gmt>${cdata(wpDate(date))}</wp:post_modified_gmt><wp:post_name>${cdata(`story-${i}`)}</wp:post_name><wp:status>${cdata(status)}</wp:status><wp:post_parent>0</wp:post_parent><wp:post_type>${cdata('post')}</wp:post_type><wp:is_sticky>0</wp:is_sticky><category domain="category" nicename="section-${i % 20}">${cdata(`Section ${i % 20}`)}</category><category domain="post_tag" nicename="topic-${i % 200}">${cdata(`Topic ${i % 200}`)}</category>${images ? `<wp:postmeta><wp:meta_key>${cdata('_thumbnail_id')}</wp:meta_key><wp:meta_value>${cdata(String(img))}</wp:meta_value></wp:postmeta>` : ''}</item>\n`);
  }
  await write('</channel>\n</rss>\n');
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  return { file, uploads };
}
