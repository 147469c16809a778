/**
 * The before-deployment assessment (issue 6): an assessment per organisation, and its answers as
 * versions. Every save is a new version; old versions are evidence of what was known when, so the
 * version table is append-only in the database (like the activity log).
 */
import { type Kysely, sql } from "kysely";
import type { Store } from "../store.ts";

export async function up(db: Kysely<unknown>, dialect: Store["dialect"]): Promise<void> {
  await db.schema
    .createTable("assessments")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organisation_id", "text", (c) => c.notNull().references("organisations.id"))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("assessments_organisation_id_id_key", ["organisation_id", "id"])
    .addForeignKeyConstraint("assessments_created_by_fkey", ["organisation_id", "created_by"], "users", [
      "organisation_id",
      "id",
    ])
    .execute();

  await db.schema
    .createTable("assessment_versions")
    .addColumn("seq", dialect === "postgres" ? "bigint" : "integer", (c) =>
      dialect === "postgres" ? c.primaryKey().generatedAlwaysAsIdentity() : c.primaryKey().autoIncrement(),
    )
    .addColumn("organisation_id", "text", (c) => c.notNull())
    .addColumn("assessment_id", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("questionnaire_version", "text", (c) => c.notNull())
    .addColumn("answers", "text", (c) => c.notNull())
    .addColumn("saved_by", "text", (c) => c.notNull())
    .addColumn("saved_at", "text", (c) => c.notNull())
    .addUniqueConstraint("assessment_versions_assessment_version_key", ["assessment_id", "version"])
    .addForeignKeyConstraint(
      "assessment_versions_assessment_fkey",
      ["organisation_id", "assessment_id"],
      "assessments",
      ["organisation_id", "id"],
    )
    .addForeignKeyConstraint("assessment_versions_saved_by_fkey", ["organisation_id", "saved_by"], "users", [
      "organisation_id",
      "id",
    ])
    .execute();

  if (dialect === "postgres") {
    await sql`
      create function assessment_versions_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'assessment_versions is append-only: % refused', tg_op;
      end
      $$`.execute(db);
    await sql`
      create trigger assessment_versions_append_only
      before update or delete or truncate on assessment_versions
      for each statement execute function assessment_versions_append_only()`.execute(db);
  } else {
    await sql`
      create trigger assessment_versions_no_update before update on assessment_versions
      begin select raise(abort, 'assessment_versions is append-only: UPDATE refused'); end`.execute(db);
    await sql`
      create trigger assessment_versions_no_delete before delete on assessment_versions
      begin select raise(abort, 'assessment_versions is append-only: DELETE refused'); end`.execute(db);
  }
}
