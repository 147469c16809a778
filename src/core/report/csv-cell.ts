/**
 * One CSV field: quoted where needed, and text a spreadsheet would run as a formula defused with a
 * leading apostrophe (OWASP CSV injection). Missing values are empty fields.
 */
export function csvCell(x: unknown): string {
  let s = String(x ?? "");
  if (typeof x === "string" && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}
