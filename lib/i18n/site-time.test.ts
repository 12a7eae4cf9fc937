// The newsroom clock: formatting per language and zone, offsets for feeds and JSON-LD, and the
// daylight-saving rules of the scheduler's wall-clock input (Europe/Berlin, 2027).
import { describe, expect, it } from 'vitest';
import {
  formatSiteDate,
  formatSiteDateTime,
  formatSiteNumber,
  isoWithOffset,
  rfc822WithOffset,
  toWallClockInput,
  wallClockToInstant,
  zoneOffsetMinutes,
} from './site-time';

const berlin = { locale: 'en', timeZone: 'Europe/Berlin' } as const;
const berlinDe = { locale: 'de', timeZone: 'Europe/Berlin' } as const;
const utc = { locale: 'en', timeZone: 'UTC' } as const;

describe('formatting in the site zone and language', () => {
  it('shows the wall clock of the zone with its name, in the language', () => {
    const winter = '2027-01-15T23:30:00.000Z';
    expect(formatSiteDateTime(utc, winter)).toBe('15 January 2027, 23:30 UTC');
    expect(formatSiteDateTime(berlin, winter)).toBe('16 January 2027, 00:30 CET');
    expect(formatSiteDateTime(berlinDe, '2027-07-01T10:05:00Z')).toBe('1. Juli 2027, 12:05 MESZ');
    expect(formatSiteDate(berlinDe, winter)).toBe('16. Januar 2027');
    expect(formatSiteNumber('de', 12345)).toBe('12.345');
    expect(formatSiteNumber('en', 12345)).toBe('12,345');
  });

  it('writes feed and JSON-LD stamps with the offset of that instant', () => {
    expect(zoneOffsetMinutes('Europe/Berlin', '2027-01-15T12:00:00Z')).toBe(60);
    expect(zoneOffsetMinutes('Europe/Berlin', '2027-07-15T12:00:00Z')).toBe(120);
    expect(zoneOffsetMinutes('America/New_York', '2027-01-15T12:00:00Z')).toBe(-300);
    expect(zoneOffsetMinutes('Asia/Kolkata', '2027-01-15T12:00:00Z')).toBe(330);
    expect(isoWithOffset('Europe/Berlin', '2027-01-15T23:30:00.000Z')).toBe('2027-01-16T00:30:00+01:00');
    expect(isoWithOffset('Europe/Berlin', '2027-07-15T08:00:00Z')).toBe('2027-07-15T10:00:00+02:00');
    expect(isoWithOffset('UTC', '2027-07-15T08:00:00Z')).toBe('2027-07-15T08:00:00+00:00');
    expect(isoWithOffset('Asia/Kolkata', '2027-07-15T08:00:00Z')).toBe('2027-07-15T13:30:00+05:30');
    expect(rfc822WithOffset('Europe/Berlin', '2027-01-15T23:30:00Z')).toBe('Sat, 16 Jan 2027 00:30:00 +0100');
    expect(rfc822WithOffset('Europe/Berlin', '2027-07-15T08:00:00Z')).toBe('Thu, 15 Jul 2027 10:00:00 +0200');
    expect(rfc822WithOffset('America/New_York', '2027-01-15T03:00:00Z')).toBe('Thu, 14 Jan 2027 22:00:00 -0500');
    // The same instant, whatever the zone: a parser gets back what was stored.
    expect(Date.parse(isoWithOffset('America/New_York', '2027-01-15T03:00:00Z'))).toBe(Date.parse('2027-01-15T03:00:00Z'));
  });
});

describe('the scheduler reads a wall-clock time in the site zone', () => {
  it('an ordinary time is that time in the zone, not the server’s or UTC', () => {
    expect(wallClockToInstant('Europe/Berlin', '2027-01-15T09:00')).toEqual({ ok: true, at: new Date('2027-01-15T08:00:00Z'), repeated: false });
    expect(wallClockToInstant('Europe/Berlin', '2027-07-15T09:00')).toEqual({ ok: true, at: new Date('2027-07-15T07:00:00Z'), repeated: false });
    expect(wallClockToInstant('UTC', '2027-07-15T09:00')).toEqual({ ok: true, at: new Date('2027-07-15T09:00:00Z'), repeated: false });
    expect(toWallClockInput('Europe/Berlin', '2027-07-15T07:00:00Z')).toBe('2027-07-15T09:00');
  });

  it('spring forward (28 March 2027): 02:30 does not exist, so it is refused, naming 03:30', () => {
    expect(wallClockToInstant('Europe/Berlin', '2027-03-28T02:30')).toEqual({ ok: false, reason: 'skipped', firstValid: '03:30' });
    expect(wallClockToInstant('Europe/Berlin', '2027-03-28T02:00')).toMatchObject({ ok: false, reason: 'skipped', firstValid: '03:00' });
    // Either side of the gap is fine: 01:59 is still winter time, 03:00 already summer time.
    expect(wallClockToInstant('Europe/Berlin', '2027-03-28T01:59')).toEqual({ ok: true, at: new Date('2027-03-28T00:59:00Z'), repeated: false });
    expect(wallClockToInstant('Europe/Berlin', '2027-03-28T03:00')).toEqual({ ok: true, at: new Date('2027-03-28T01:00:00Z'), repeated: false });
  });

  it('fall back (31 October 2027): 02:30 happens twice, and the first occurrence (summer time) is meant', () => {
    const result = wallClockToInstant('Europe/Berlin', '2027-10-31T02:30');
    expect(result).toEqual({ ok: true, at: new Date('2027-10-31T00:30:00Z'), repeated: true });
    expect(isoWithOffset('Europe/Berlin', (result as { at: Date }).at)).toBe('2027-10-31T02:30:00+02:00');
    expect(wallClockToInstant('Europe/Berlin', '2027-10-31T03:00')).toEqual({ ok: true, at: new Date('2027-10-31T02:00:00Z'), repeated: false });
    expect(wallClockToInstant('Europe/Berlin', '2027-10-31T01:59')).toEqual({ ok: true, at: new Date('2027-10-30T23:59:00Z'), repeated: false });
  });

  it('refuses what is not a date and time', () => {
    for (const bad of ['', 'tomorrow', '2027-02-30T10:00', '2027-01-15T24:00', '2027-13-01T10:00']) {
      expect(wallClockToInstant('Europe/Berlin', bad)).toEqual({ ok: false, reason: 'invalid' });
    }
  });
});
