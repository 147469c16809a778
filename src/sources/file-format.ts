import { extname } from "node:path";

export type FileFormat = "csv" | "parquet" | "jsonl";

/** The format of a decision log file, from its extension. */
export function fileFormatOf(path: string): FileFormat | undefined {
  const ext = extname(path).toLowerCase();
  if ([".csv", ".tsv", ".tab", ".txt"].includes(ext)) return "csv";
  if ([".parquet", ".pq"].includes(ext)) return "parquet";
  if ([".jsonl", ".ndjson", ".json"].includes(ext)) return "jsonl";
  return undefined;
}
