// Refuses, before Hocuspocus applies it, an update from a browser that would nest the body deeper than
// the editor's schema allows. The store refuses such a body too, but by then the update would have
// reached every other editor of the article, and a structure thousands deep exhausts a browser's stack
// while the editor renders it. Typing adds no elements, so the common keystroke costs one decode.
import 'server-only';
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { BODY_TOO_DEEP_MESSAGE } from '@/lib/content/limits';
import { bodyTooDeep } from './doc-model';

// Hocuspocus's framing: document name, message type (Sync, or SyncReply), then y-protocols' sync message.
const MESSAGE_SYNC = 0;
const MESSAGE_SYNC_REPLY = 4;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

/** The Yjs update a client's message carries (a sync step 2 or an update), or null. */
export function updateOfMessage(data: Uint8Array): Uint8Array | null {
  try {
    const decoder = decoding.createDecoder(data);
    decoding.readVarString(decoder);
    const type = decoding.readVarUint(decoder);
    if (type !== MESSAGE_SYNC && type !== MESSAGE_SYNC_REPLY) return null;
    const step = decoding.readVarUint(decoder);
    return step === SYNC_STEP_2 || step === SYNC_UPDATE ? decoding.readVarUint8Array(decoder) : null;
  } catch {
    return null; // Not an update: Hocuspocus deals with it.
  }
}

function addsElements(update: Uint8Array): boolean {
  try {
    return Y.decodeUpdate(update).structs.some((struct) => struct instanceof Y.Item && struct.content instanceof Y.ContentType);
  } catch {
    return false; // Malformed: applying it fails in Hocuspocus, which closes the connection.
  }
}

/** The message to give the sender when `update` would nest `document`'s body too deeply, else null. */
export function tooDeepUpdate(document: Y.Doc, update: Uint8Array): string | null {
  if (!addsElements(update)) return null;
  // Applied to a copy: an update cannot be taken back out of a document once applied.
  const probe = new Y.Doc();
  Y.applyUpdate(probe, Y.encodeStateAsUpdate(document));
  Y.applyUpdate(probe, update);
  const deep = bodyTooDeep(probe);
  probe.destroy();
  return deep ? BODY_TOO_DEEP_MESSAGE : null;
}
