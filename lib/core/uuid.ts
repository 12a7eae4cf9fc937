// Whether a string is a well-formed UUID: ids from addresses and forms are checked before they reach a
// uuid column (PostgreSQL rejects a malformed one with an error, not an empty result).
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}
