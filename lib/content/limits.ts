// Shape limits for an article body, checked before anything walks it recursively: nesting depth, size,
// and the shared text rule on every string inside (text, link hrefs, image alt and caption...).
import { isStorableText } from '@/lib/core/text-rule';

/** Far deeper than any real article (lists in quotes in lists); a 3,000-deep paste is refused, not crashed on. */
export const MAX_BODY_DEPTH = 64;
/** JSON values of any kind (nodes, marks, attrs, strings): bounds the walk itself. */
const MAX_BODY_VALUES = 500_000;

export const BODY_TOO_DEEP_MESSAGE = `The body is nested too deeply (more than ${MAX_BODY_DEPTH} levels of quotes or lists inside each other): flatten it and save again.`;
export const BODY_TEXT_MESSAGE =
  'The body contains an invisible control character (such as a NUL byte) or a broken character; remove it (or paste the text again as plain text) and save.';

/** Every node level is two JSON levels (the content array, then the node); marks and attrs add up to four. */
const MAX_JSON_DEPTH = 2 * MAX_BODY_DEPTH + 4;

/**
 * Iterative (an explicit stack, never recursion), so any input, however deep, is measured safely before
 * Tiptap, the renderers or JSON.stringify recurse on it. Depth counts every object and array.
 */
export function bodyShapeProblem(json: unknown): string | null {
  const stack: { value: unknown; depth: number }[] = [{ value: json, depth: 0 }];
  let seen = 0;
  while (stack.length) {
    const { value, depth } = stack.pop()!;
    if (++seen > MAX_BODY_VALUES) return 'The body is too long.';
    if (typeof value === 'string') {
      if (!isStorableText(value)) return BODY_TEXT_MESSAGE;
      continue;
    }
    if (!value || typeof value !== 'object') continue;
    if (depth + 1 > MAX_JSON_DEPTH) return BODY_TOO_DEEP_MESSAGE;
    if (Array.isArray(value)) {
      for (const item of value) stack.push({ value: item, depth: depth + 1 });
      continue;
    }
    for (const [key, child] of Object.entries(value)) {
      if (!isStorableText(key)) return BODY_TEXT_MESSAGE;
      stack.push({ value: child, depth: depth + 1 });
    }
  }
  return null;
}
