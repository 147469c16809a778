/**
 * Brings the schema up to date; openStore runs it on every start. Kysely's Migrator records what ran
 * (kysely_migration) so a second run does nothing, and on PostgreSQL it holds an advisory lock and a
 * transaction around the pending migrations, so several processes starting at once against one
 * database are safe: one migrates, the others wait and then find nothing to do. (On SQLite,
 * openStore supplies the lock: see open-store.ts.)
 */
import { type Kysely, type Migration, type MigrationProvider, Migrator } from "kysely";
import type { Database } from "./database.ts";
import * as initial from "./migrations/0001-initial.ts";
import * as screening from "./migrations/0002-screening.ts";
import * as assessments from "./migrations/0003-assessments.ts";
import type { Store } from "./store.ts";

type StoreMigration = { up(db: Kysely<unknown>, dialect: Store["dialect"]): Promise<void> };

/** In name order; names never change once released. */
const migrations: Record<string, StoreMigration> = {
  "0001-initial": initial,
  "0002-screening": screening,
  "0003-assessments": assessments,
};

export async function migrateToLatest(db: Kysely<Database>, dialect: Store["dialect"]): Promise<void> {
  // In-code provider rather than FileMigrationProvider: no directory scanning, and it works the same
  // under tsx, vitest and a bundler.
  const provider: MigrationProvider = {
    async getMigrations() {
      const bound: Record<string, Migration> = {};
      for (const [name, migration] of Object.entries(migrations)) {
        bound[name] = { up: (kysely) => migration.up(kysely, dialect) };
      }
      return bound;
    },
  };
  const { error, results } = await new Migrator({ db: db as Kysely<unknown>, provider }).migrateToLatest();
  if (error !== undefined) {
    const failed = results?.find((r) => r.status === "Error")?.migrationName;
    throw new Error(`store migration ${failed ?? "setup"} failed: ${messageOf(error)}`, { cause: error });
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
