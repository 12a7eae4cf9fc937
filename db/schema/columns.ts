// Column builders and stored shapes every table file shares.
import { customType, timestamp } from 'drizzle-orm/pg-core';

export const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });
/** Raw bytes (PostgreSQL bytea): binary Yjs state. */
export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  // node-postgres hands back a Buffer and PGlite a Uint8Array: both are Uint8Array.
  fromDriver: (value) => new Uint8Array(value),
});
export const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** Tiptap/ProseMirror JSON as stored: validated against lib/content's schema before every write. */
export type DocJSON = { type: 'doc'; content?: unknown[] };
