/** The version asked for in the address (`?version=N`, N ≥ 1), if any; anything else means the latest. */
export function versionParam(search: string): number | undefined {
  const raw = new URLSearchParams(search).get("version");
  if (raw === null || !/^\d+$/.test(raw)) return undefined;
  const n = Number(raw);
  return n >= 1 && Number.isSafeInteger(n) ? n : undefined;
}
