// WordPress shortcodes ([caption], [gallery], [embed], …) turned into placeholder elements the HTML
// walker understands, so a shortcode can never reach a reader as text. Shortcodes are WordPress's own
// bracket syntax inside the text, not HTML, so they are tokenised here as WordPress itself does.

/** Shortcodes WordPress core registers, recognised even without attributes. */
const CORE = new Set(['caption', 'wp_caption', 'gallery', 'embed', 'audio', 'video', 'playlist']);

// [[escaped]] | [name attrs] … [/name] | [name attrs /] | [name attrs]
const SHORTCODE = /\[(\[?)([a-zA-Z][\w-]*)((?:\s+[^\]]*?)?)(\/?)\](?:([\s\S]*?)\[\/\2\])?(\]?)/g;
const ATTR = /([\w-]+)\s*=\s*"([^"]*)"|([\w-]+)\s*=\s*'([^']*)'|([\w-]+)\s*=\s*([^\s'"]+)|"([^"]*)"|(\S+)/g;

export function parseShortcodeAttrs(text: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  let positional = 0;
  for (const m of text.matchAll(ATTR)) {
    if (m[1]) attrs[m[1].toLowerCase()] = m[2]!;
    else if (m[3]) attrs[m[3].toLowerCase()] = m[4]!;
    else if (m[5]) attrs[m[5].toLowerCase()] = m[6]!;
    else attrs[String(positional++)] = m[7] ?? m[8] ?? '';
  }
  return attrs;
}

const escapeAttr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * Replaces every shortcode with `<wp-shortcode name="…" attrs="{json}">inner</wp-shortcode>`; an
 * escaped `[[name]]` becomes the literal text `[name]`, as WordPress shows it.
 */
export function shortcodesToElements(content: string): string {
  if (!content.includes('[')) return content;
  return content.replace(SHORTCODE, (whole, open: string, name: string, rawAttrs: string, _self: string, inner: string | undefined, close: string) => {
    if (open === '[' && close === ']') return whole.slice(1, -1);
    const lower = name.toLowerCase();
    // "[sic]" or "[1]" in prose is text; only core names, attributes or a closing tag make a shortcode.
    if (!CORE.has(lower) && !rawAttrs.trim() && inner === undefined) return whole;
    const attrs = escapeAttr(JSON.stringify(parseShortcodeAttrs(rawAttrs.trim())));
    const body = inner === undefined ? '' : shortcodesToElements(inner);
    return `${open}<wp-shortcode name="${escapeAttr(lower)}" attrs="${attrs}">${body}</wp-shortcode>${close}`;
  });
}
