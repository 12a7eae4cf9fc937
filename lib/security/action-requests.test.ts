// The nesting check that keeps over-deep action arguments away from React's recursive decoder.
import { describe, expect, it } from 'vitest';
import { jsonNestsDeeperThan } from './action-requests';

describe('jsonNestsDeeperThan', () => {
  it('counts brackets and braces outside strings only', () => {
    expect(jsonNestsDeeperThan('[{"a":[1,2]}]', 3)).toBe(false);
    expect(jsonNestsDeeperThan('[{"a":[1,2]}]', 2)).toBe(true);
    expect(jsonNestsDeeperThan(JSON.stringify(['[[[[{{{{', '\\"[[[[']), 1)).toBe(false);
  });
  it('finds 20,000 levels without recursion', () => {
    expect(jsonNestsDeeperThan('['.repeat(20_000) + ']'.repeat(20_000), 1000)).toBe(true);
  });
});
