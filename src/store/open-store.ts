import { mkdirSync } from "node:fs";
import { join } from "node:path";
import SqliteDatabase from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
import type { Database } from "./database.ts";
import { kyselyStore } from "./kysely-store.ts";
import { migrateToLatest } from "./migrate-to-latest.ts";
import type { Store } from "./store.ts";

export interface OpenStoreOptions {
  /** A `postgres://` or `postgresql://` URL; without one (or with an empty one) the store is SQLite. */
  readonly databaseUrl?: string;
  /** Where the SQLite file `aware.sqlite` lives; created when missing. Unused with PostgreSQL. */
  readonly dataDir: string;
}

/** Opens the database, brings its schema up to date, and returns the Store. Close it with `store.close()`. */
export async function openStore(options: OpenStoreOptions): Promise<Store> {
  const url = options.databaseUrl;
  const dialect = url ? "postgres" : "sqlite";
  const db = url ? openPostgres(url) : openSqlite(options.dataDir);
  try {
    await migrateToLatest(db as unknown as Kysely<unknown>, dialect);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return kyselyStore(db, dialect);
}

function openSqlite(dataDir: string): Kysely<Database> {
  mkdirSync(dataDir, { recursive: true });
  const database = new SqliteDatabase(join(dataDir, "aware.sqlite"), { timeout: 5000 });
  // WAL lets readers (another process, a backup) work while we write; foreign keys are off in
  // SQLite unless asked for on every connection; busy_timeout waits out another writer.
  database.pragma("journal_mode = WAL");
  database.pragma("foreign_keys = ON");
  database.pragma("busy_timeout = 5000");
  return new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
}

function openPostgres(url: string): Kysely<Database> {
  if (!/^postgres(ql)?:\/\//.test(url)) {
    throw new TypeError("databaseUrl must start with postgres:// or postgresql://");
  }
  const pool = new pg.Pool({ connectionString: url });
  // Without a listener, an idle connection dropped by the server (restart, failover) would crash
  // the process; the pool discards it and the next query opens a new one.
  pool.on("error", () => {});
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}
