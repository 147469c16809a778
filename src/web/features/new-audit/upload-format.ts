/**
 * File extensions of decision logs the server reads (as src/sources/file-format.ts): CSV/TSV, Parquet,
 * JSON lines. Checked before uploading so a wrong file is named at once, not after minutes of upload.
 */
export const ACCEPTED_EXTENSIONS = [
  ".csv",
  ".tsv",
  ".tab",
  ".txt",
  ".parquet",
  ".pq",
  ".jsonl",
  ".ndjson",
  ".json",
] as const;

export const isAcceptedFile = (name: string): boolean => {
  const dot = name.lastIndexOf(".");
  return dot >= 0 && (ACCEPTED_EXTENSIONS as readonly string[]).includes(name.slice(dot).toLowerCase());
};

/** A byte count for people: "1.2 MB" / "1,2 MB". */
export function formatBytes(bytes: number, locale: string): string {
  const units = ["B", "kB", "MB", "GB", "TB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value)} ${units[unit]}`;
}
