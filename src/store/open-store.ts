import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
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

/**
 * Opens the database, brings its schema up to date and returns the Store; close it with
 * `store.close()`. Safe to call from several processes at once against one database, and, for
 * SQLite, several times at once in one process.
 */
export function openStore(options: OpenStoreOptions): Promise<Store> {
  return options.databaseUrl ? openPostgres(options.databaseUrl) : openSqlite(options.dataDir);
}

async function openPostgres(url: string): Promise<Store> {
  if (!/^postgres(ql)?:\/\//.test(url)) {
    throw new TypeError("databaseUrl must start with postgres:// or postgresql://");
  }
  const pool = new pg.Pool({ connectionString: url });
  // Without a listener, an idle connection dropped by the server (restart, failover) would crash
  // the process; the pool discards it and the next query opens a new one.
  pool.on("error", () => {});
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    // Kysely's migrator takes an advisory lock and a transaction on PostgreSQL.
    await migrateToLatest(db, "postgres");
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return kyselyStore(db, "postgres");
}

/**
 * Opens of one SQLite file in this process, chained. A second connection's BEGIN IMMEDIATE would
 * block the event loop (better-sqlite3 is synchronous) while the first, which needs that loop to
 * finish migrating, holds the lock.
 */
const sqliteOpens = new Map<string, Promise<unknown>>();

function openSqlite(dataDir: string): Promise<Store> {
  mkdirSync(dataDir, { recursive: true });
  const file = resolve(dataDir, "aware.sqlite");
  const previous = sqliteOpens.get(file) ?? Promise.resolve();
  const opening = previous.catch(() => {}).then(() => openSqliteFile(file));
  sqliteOpens.set(file, opening);
  void opening
    .catch(() => {})
    .then(() => {
      if (sqliteOpens.get(file) === opening) sqliteOpens.delete(file);
    });
  return opening;
}

async function openSqliteFile(file: string): Promise<Store> {
  const database = new SqliteDatabase(file, { timeout: 5000 });
  // WAL lets readers (another process, a backup) work while we write; SQLite ignores foreign keys
  // unless asked on every connection; busy_timeout waits out another process's write.
  database.pragma("journal_mode = WAL");
  database.pragma("foreign_keys = ON");
  database.pragma("busy_timeout = 5000");
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
  // Kysely's migrator takes no lock on SQLite and runs each statement on its own. One IMMEDIATE
  // transaction around it makes the migration atomic and makes another process wait its turn.
  try {
    database.exec("begin immediate");
    await migrateToLatest(db, "sqlite");
    database.exec("commit");
  } catch (error) {
    if (database.inTransaction) database.exec("rollback");
    await db.destroy();
    throw error;
  }
  return kyselyStore(db, "sqlite");
}
