// Tests only: a software WebAuthn authenticator (P-256, "none" attestation) that answers registration
// and authentication options the way a browser would, so the server checks run for real.
import crypto from 'node:crypto';

type CborValue = number | string | Uint8Array | Map<CborValue, CborValue> | Record<string, unknown>;

function head(major: number, length: number): Buffer {
  if (length < 24) return Buffer.from([(major << 5) | length]);
  if (length < 256) return Buffer.from([(major << 5) | 24, length]);
  const b = Buffer.alloc(3);
  b[0] = (major << 5) | 25;
  b.writeUInt16BE(length, 1);
  return b;
}

/** The CBOR subset WebAuthn needs: small integers, byte and text strings, maps. */
function cbor(value: CborValue): Buffer {
  if (typeof value === 'number') return value >= 0 ? head(0, value) : head(1, -1 - value);
  if (typeof value === 'string') return Buffer.concat([head(3, Buffer.byteLength(value)), Buffer.from(value)]);
  if (value instanceof Uint8Array) return Buffer.concat([head(2, value.length), Buffer.from(value)]);
  const entries = value instanceof Map ? [...value.entries()] : Object.entries(value);
  return Buffer.concat([head(5, entries.length), ...entries.flatMap(([k, v]) => [cbor(k as CborValue), cbor(v as CborValue)])]);
}

const b64url = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64url');
const sha256 = (data: Uint8Array | string) => crypto.createHash('sha256').update(data).digest();

export type SoftAuthenticator = {
  credentialId: string;
  counter: number;
  register: (options: { challenge: string }, opts?: { origin?: string; rpId?: string }) => string;
  authenticate: (options: { challenge: string }, opts?: { origin?: string; rpId?: string; userVerified?: boolean; counter?: number }) => string;
};

export function softAuthenticator(defaults: { origin: string; rpId: string }): SoftAuthenticator {
  const { privateKey, publicKey } = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const jwk = publicKey.export({ format: 'jwk' });
  const credentialId = crypto.randomBytes(16);
  const cose = cbor(
    new Map<CborValue, CborValue>([
      [1, 2],
      [3, -7],
      [-1, 1],
      [-2, Buffer.from(jwk.x!, 'base64url')],
      [-3, Buffer.from(jwk.y!, 'base64url')],
    ]),
  );
  const self: SoftAuthenticator = {
    credentialId: b64url(credentialId),
    counter: 0,
    register(options, opts = {}) {
      const clientData = JSON.stringify({ type: 'webauthn.create', challenge: options.challenge, origin: opts.origin ?? defaults.origin, crossOrigin: false });
      const counter = Buffer.alloc(4);
      const idLength = Buffer.alloc(2);
      idLength.writeUInt16BE(credentialId.length);
      // UP | UV | AT
      const authData = Buffer.concat([sha256(opts.rpId ?? defaults.rpId), Buffer.from([0x45]), counter, Buffer.alloc(16), idLength, credentialId, cose]);
      const attestationObject = cbor({ fmt: 'none', attStmt: {}, authData });
      return JSON.stringify({
        id: self.credentialId,
        rawId: self.credentialId,
        type: 'public-key',
        response: { clientDataJSON: b64url(clientData), attestationObject: b64url(attestationObject), transports: ['internal'] },
        clientExtensionResults: {},
        authenticatorAttachment: 'platform',
      });
    },
    authenticate(options, opts = {}) {
      self.counter = opts.counter ?? self.counter + 1;
      const clientData = JSON.stringify({ type: 'webauthn.get', challenge: options.challenge, origin: opts.origin ?? defaults.origin, crossOrigin: false });
      const counter = Buffer.alloc(4);
      counter.writeUInt32BE(self.counter);
      const flags = opts.userVerified === false ? 0x01 : 0x05;
      const authData = Buffer.concat([sha256(opts.rpId ?? defaults.rpId), Buffer.from([flags]), counter]);
      const signature = crypto.sign('sha256', Buffer.concat([authData, sha256(clientData)]), privateKey);
      return JSON.stringify({
        id: self.credentialId,
        rawId: self.credentialId,
        type: 'public-key',
        response: { clientDataJSON: b64url(clientData), authenticatorData: b64url(authData), signature: b64url(signature) },
        clientExtensionResults: {},
        authenticatorAttachment: 'platform',
      });
    },
  };
  return self;
}
