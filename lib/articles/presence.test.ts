// Integration test: the editor's heartbeat shows who else has an article open in the last minute.
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { editorPresence } from '@/db/schema';
import { createDraft } from './editorial';
import { heartbeat, leave } from './presence';
import { fieldsFor, makeStaff } from './testing';

describe('presence', () => {
  it('shows others who sent a heartbeat in the last minute', async () => {
    const editor = await makeStaff('editor', 'Tess Editor');
    const admin = await makeStaff('admin', 'Ada Admin');
    const contributor = await makeStaff('contributor');
    const created = await createDraft(editor, fieldsFor([editor.id]));
    if (!created.ok) throw new Error(created.error);
    const id = created.article.id;

    expect(await heartbeat(editor, id)).toEqual([]);
    expect((await heartbeat(admin, id))!.map((p) => p.name)).toEqual(['Tess Editor']);
    expect((await heartbeat(editor, id))!.map((p) => p.name)).toEqual(['Ada Admin']);
    expect(await heartbeat(contributor, id)).toBeNull();

    const db = await getDb();
    await db.update(editorPresence).set({ lastSeenAt: sql`now() - interval '2 minutes'` });
    expect(await heartbeat(editor, id)).toEqual([]);
    await heartbeat(admin, id);
    await leave(admin, id);
    expect(await heartbeat(editor, id)).toEqual([]);
  });
});
