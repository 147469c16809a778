/** What the push-down needs of a SQL engine: run a query and return plain row objects. */
export interface QueryRunner {
  all(sql: string): Promise<Record<string, unknown>[]>;
  /** Share of the running query done, 0–1, when the engine can tell. */
  progress?(): number | undefined;
}

/** Where the rows came from, for messages ("file.csv", "table candidates"). */
export interface SourceLabel {
  readonly name: string;
  /** The line of the file on which a data row (1-based, in reading order) starts; absent for tables. */
  readonly lineOf?: (row: number) => Promise<number | undefined>;
}
