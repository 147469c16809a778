import { createReadStream } from "node:fs";

/**
 * The line of a text file on which a data row starts, for messages. DuckDB numbers rows, not lines:
 * it skips blank lines and reads a quoted field across line breaks as one value. This walks the file
 * the same way (a small CSV state machine; no quotes for JSON lines) until the row is reached. It only
 * runs when there is a problem to report, so reading the file again is fine.
 */
export async function physicalLineOfRow(
  path: string,
  row: number,
  options: { readonly quotes: boolean; readonly header: boolean },
): Promise<number | undefined> {
  let line = 1;
  let recordStartLine = 1;
  let inQuotes = false;
  let recordHasContent = false;
  let records = 0;
  const target = row + (options.header ? 1 : 0);
  for await (const chunk of createReadStream(path, { encoding: "utf8", highWaterMark: 1 << 20 })) {
    for (const ch of chunk as string) {
      if (options.quotes && ch === '"') inQuotes = !inQuotes;
      if (ch === "\n") {
        line++;
        if (inQuotes) continue;
        if (recordHasContent) {
          records++;
          if (records === target) return recordStartLine;
        }
        recordHasContent = false;
        recordStartLine = line;
      } else if (ch !== "\r" && ch !== " " && ch !== "\t" && ch !== "\ufeff") {
        recordHasContent = true;
      }
    }
  }
  if (recordHasContent && records + 1 === target) return recordStartLine;
  return undefined;
}
