// The known-device cookie: only what we signed is believed.
import { describe, expect, it } from 'vitest';
import { encodeKnownDevice, KNOWN_DEVICE_COOKIE, readKnownDevice } from './known-device';

const secret = 'x'.repeat(40);

describe('known-device cookie', () => {
  it('reads back what it wrote, among other cookies', () => {
    const value = encodeKnownDevice({ id: 'd1', userIds: ['u1', 'u2'] }, secret);
    expect(readKnownDevice(`a=1; ${KNOWN_DEVICE_COOKIE}=${value}; b=2`, secret)).toEqual({ id: 'd1', userIds: ['u1', 'u2'] });
  });
  it('refuses a forged, altered or foreign-signed cookie', () => {
    const value = encodeKnownDevice({ id: 'd1', userIds: ['u1'] }, secret);
    const [payload, mac] = value.split('.');
    const forged = Buffer.from(JSON.stringify({ d: 'd1', u: ['admin'] })).toString('base64url');
    expect(readKnownDevice(`${KNOWN_DEVICE_COOKIE}=${forged}.${mac}`, secret)).toBeNull();
    expect(readKnownDevice(`${KNOWN_DEVICE_COOKIE}=${payload}.${mac}x`, secret)).toBeNull();
    expect(readKnownDevice(`${KNOWN_DEVICE_COOKIE}=${value}`, 'y'.repeat(40))).toBeNull();
    expect(readKnownDevice(`${KNOWN_DEVICE_COOKIE}=garbage`, secret)).toBeNull();
    expect(readKnownDevice(null, secret)).toBeNull();
  });
});
