/**
 * A replacement written the way the words it replaces were: "Jonge collega's" → "Collega's",
 * "NATIVE SPEAKER" → "FLUENT SPEAKER". Lists hold replacements in lower case.
 */
export function matchCase(original: string, replacement: string): string {
  const letters = original.replace(/[^\p{L}]/gu, "");
  if (
    letters.length > 1 &&
    letters === letters.toLocaleUpperCase() &&
    letters !== letters.toLocaleLowerCase()
  )
    return replacement.toLocaleUpperCase();
  const first = original.match(/\p{L}/u)?.[0];
  if (first !== undefined && first !== first.toLocaleLowerCase()) {
    const i = replacement.search(/\p{L}/u);
    if (i >= 0)
      return replacement.slice(0, i) + replacement.charAt(i).toLocaleUpperCase() + replacement.slice(i + 1);
  }
  return replacement;
}
