/**
 * The first schema: organisations, users, invitations, sessions, login failures, the activity log,
 * uploads and saved audits. Forward-only (no `down`): a rollback is a new migration.
 *
 * Types are the ones both engines understand alike: text for ids, times (canonical ISO-8601 UTC, so
 * text order is time order) and JSON; integers for counts and 0/1 flags. Tenant integrity is held
 * by the database as well as by the queries: rows that name a user do so through a composite
 * foreign key (organisation_id, user), so no row can point at another organisation's user.
 */
import { type Kysely, sql } from "kysely";
import type { Store } from "../store.ts";

export async function up(db: Kysely<unknown>, dialect: Store["dialect"]): Promise<void> {
  await db.schema
    .createTable("organisations")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("is_demo", "integer", (c) => c.notNull().check(sql`is_demo in (0, 1)`))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("users")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organisation_id", "text", (c) => c.notNull().references("organisations.id"))
    .addColumn("email", "text", (c) => c.notNull())
    .addColumn("email_key", "text", (c) => c.notNull().unique())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("password_hash", "text", (c) => c.notNull())
    // No CHECK on the role: SQLite cannot alter a CHECK without rebuilding the table, and the store
    // validates roles on every write.
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("users_organisation_id_id_key", ["organisation_id", "id"])
    .execute();

  await db.schema
    .createTable("invitations")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organisation_id", "text", (c) => c.notNull().references("organisations.id"))
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addColumn("used_at", "text")
    .addColumn("used_by", "text")
    .addForeignKeyConstraint("invitations_created_by_fkey", ["organisation_id", "created_by"], "users", [
      "organisation_id",
      "id",
    ])
    .addForeignKeyConstraint("invitations_used_by_fkey", ["organisation_id", "used_by"], "users", [
      "organisation_id",
      "id",
    ])
    .execute();

  await db.schema
    .createTable("sessions")
    .addColumn("id_hash", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("sessions_user_id_idx").on("sessions").column("user_id").execute();
  await db.schema.createIndex("sessions_expires_at_idx").on("sessions").column("expires_at").execute();

  await db.schema
    .createTable("login_failures")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("throttle_key", "text", (c) => c.notNull())
    .addColumn("at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("login_failures_key_at_idx")
    .on("login_failures")
    .columns(["throttle_key", "at"])
    .execute();

  await createActivity(db, dialect);

  await db.schema
    .createTable("uploads")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organisation_id", "text", (c) => c.notNull().references("organisations.id"))
    .addColumn("created_by", "text", (c) => c.notNull())
    .addColumn("filename", "text", (c) => c.notNull())
    .addColumn("path", "text", (c) => c.notNull())
    .addColumn("bytes", "bigint", (c) => c.notNull())
    .addColumn("sha256", "text", (c) => c.notNull())
    .addColumn("format", "text", (c) => c.notNull())
    .addColumn("columns", "text", (c) => c.notNull())
    .addColumn("guess", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addForeignKeyConstraint("uploads_created_by_fkey", ["organisation_id", "created_by"], "users", [
      "organisation_id",
      "id",
    ])
    .execute();
  await db.schema
    .createIndex("uploads_organisation_created_idx")
    .on("uploads")
    .columns(["organisation_id", "created_at"])
    .execute();

  // The upload link is a plain key with ON DELETE SET NULL, so deleting an upload keeps its audits
  // (with upload_id null) atomically. It cannot also be composite with organisation_id: SQLite
  // would null organisation_id too. createAudit scopes the link to the organisation instead.
  await db.schema
    .createTable("saved_audits")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organisation_id", "text", (c) => c.notNull().references("organisations.id"))
    .addColumn("created_by", "text", (c) => c.notNull())
    .addColumn("upload_id", "text", (c) => c.references("uploads.id").onDelete("set null"))
    .addColumn("filename", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("request", "text", (c) => c.notNull())
    .addColumn("document", "text", (c) => c.notNull())
    .addColumn("row_count", "bigint", (c) => c.notNull())
    .addColumn("findings", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addForeignKeyConstraint("saved_audits_created_by_fkey", ["organisation_id", "created_by"], "users", [
      "organisation_id",
      "id",
    ])
    .execute();
  await db.schema
    .createIndex("saved_audits_organisation_created_idx")
    .on("saved_audits")
    .columns(["organisation_id", "created_at"])
    .execute();
  await db.schema.createIndex("saved_audits_upload_id_idx").on("saved_audits").column("upload_id").execute();
}

/**
 * The activity log is evidence (who did what, when), so it is append-only in the database, not just
 * in the code: triggers refuse UPDATE and DELETE (and TRUNCATE on PostgreSQL) whoever runs them.
 * `seq` keeps insertion order for entries that share a timestamp.
 */
async function createActivity(db: Kysely<unknown>, dialect: Store["dialect"]): Promise<void> {
  await db.schema
    .createTable("activity")
    .addColumn("seq", dialect === "postgres" ? "bigint" : "integer", (c) =>
      dialect === "postgres" ? c.primaryKey().generatedAlwaysAsIdentity() : c.primaryKey().autoIncrement(),
    )
    .addColumn("id", "text", (c) => c.notNull().unique())
    .addColumn("organisation_id", "text", (c) => c.notNull().references("organisations.id"))
    .addColumn("user_id", "text")
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("subject", "text")
    .addColumn("details", "text")
    .addColumn("at", "text", (c) => c.notNull())
    .addForeignKeyConstraint("activity_user_id_fkey", ["organisation_id", "user_id"], "users", [
      "organisation_id",
      "id",
    ])
    .execute();
  await db.schema
    .createIndex("activity_organisation_at_idx")
    .on("activity")
    .columns(["organisation_id", "at", "seq"])
    .execute();

  if (dialect === "postgres") {
    await sql`
      create function activity_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'activity is append-only: % refused', tg_op;
      end
      $$`.execute(db);
    await sql`
      create trigger activity_append_only
      before update or delete or truncate on activity
      for each statement execute function activity_append_only()`.execute(db);
  } else {
    await sql`
      create trigger activity_no_update before update on activity
      begin select raise(abort, 'activity is append-only: UPDATE refused'); end`.execute(db);
    await sql`
      create trigger activity_no_delete before delete on activity
      begin select raise(abort, 'activity is append-only: DELETE refused'); end`.execute(db);
  }
}
