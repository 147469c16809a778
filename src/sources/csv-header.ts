import { open } from "node:fs/promises";

export interface CsvHeader {
  readonly delimiter: string;
  readonly names: readonly string[];
  readonly bom: boolean;
}

const CANDIDATES = [",", ";", "\t", "|"] as const;

/**
 * Reads the header line of a delimited text file: strips a UTF-8 byte-order mark, picks the delimiter
 * that occurs most often outside quotes (so a Dutch export with semicolons reads as well as a comma
 * file), and splits the column names. DuckDB then reads the file strictly with exactly this header,
 * so a ragged row is an error with its line number instead of a silently re-guessed layout.
 */
export async function readCsvHeader(path: string): Promise<CsvHeader | undefined> {
  const handle = await open(path, "r");
  try {
    const buffer = Buffer.alloc(256 * 1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    let text = buffer.subarray(0, bytesRead).toString("utf8");
    const bom = text.charCodeAt(0) === 0xfeff;
    if (bom) text = text.slice(1);
    const end = text.search(/\r?\n/);
    const line = end === -1 ? text : text.slice(0, end);
    if (line.trim() === "") return undefined;
    const counts = CANDIDATES.map((d) => countOutsideQuotes(line, d));
    const best = Math.max(...counts);
    const delimiter = best === 0 ? "," : (CANDIDATES[counts.indexOf(best)] as string);
    return { delimiter, names: splitLine(line, delimiter), bom };
  } finally {
    await handle.close();
  }
}

function countOutsideQuotes(line: string, d: string): number {
  let quoted = false;
  let count = 0;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === d && !quoted) count++;
  }
  return count;
}

function splitLine(line: string, d: string): string[] {
  const fields: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        current += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else current += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === d) {
      fields.push(current.trim());
      current = "";
    } else current += ch;
  }
  fields.push(current.trim());
  return fields;
}
