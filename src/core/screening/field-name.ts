/**
 * A field name as words, for matching names against term lists: camelCase and separators become
 * spaces, lower case ("dateOfBirth" → "date of birth", "age_band" → "age band").
 */
export const fieldWords = (name: string): string =>
  name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .toLowerCase();

/** Column names compare trimmed and case-insensitively (candidate files vary in capitalisation). */
export const sameColumn = (a: string, b: string): boolean =>
  a.trim().toLowerCase() === b.trim().toLowerCase();
