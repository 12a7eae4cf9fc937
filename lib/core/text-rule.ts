// The one rule for text that staff type (every zod schema of staff text and every string in an article
// body uses it): no NUL or other control characters PostgreSQL, XML or readers cannot carry, and no
// unpaired UTF-16 surrogates (half an emoji), so bad input gets a message beside the field instead of
// a database error.
import { z } from 'zod';

// Tab, line feed and carriage return are ordinary text; every other C0 control, DEL's C1 neighbours
// excluded (they are rare but harmless), and U+FFFE/U+FFFF (non-characters) are refused.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const TEXT_RULE_MESSAGE =
  'This text contains an invisible control character (such as a NUL byte) or a broken character; remove it and try again.';

/** True when the text may be stored and shown as it is. */
export function isStorableText(value: string): boolean {
  return !FORBIDDEN.test(value);
}

/** For text nobody typed (an uploaded file's name): drops what the rule forbids instead of refusing. */
export function removeUnstorable(value: string): string {
  return value.replace(new RegExp(FORBIDDEN.source, 'g'), '');
}

/** Adds the text rule to a string schema (keeps its type, so trim/min/max still chain). */
export function withTextRule<T extends z.ZodString>(schema: T, message = TEXT_RULE_MESSAGE): T {
  return schema.refine(isStorableText, { error: message }) as T;
}

/** `z.string()` with the text rule: the start of every staff text field. */
export function staffText(params?: Parameters<typeof z.string>[0]): z.ZodString {
  return withTextRule(z.string(params));
}
