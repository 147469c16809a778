/**
 * Times arrive from the caller as ISO-8601 strings and are stored as text. Storing them in one
 * canonical form (UTC, milliseconds, `Z`: what `toISOString` gives) makes text comparison equal time
 * comparison on both engines, so expiry and "newest first" work in SQL. A string without a time zone
 * would depend on the server's TZ, so it is refused like any non-time: a programmer error.
 */
const ISO_8601 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

export function isoTime(value: string, name: string): string {
  const ms = typeof value === "string" && ISO_8601.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(ms))
    throw new RangeError(`${name} must be an ISO-8601 time with a zone, got ${JSON.stringify(value)}`);
  return new Date(ms).toISOString();
}
