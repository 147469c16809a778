/**
 * Screening (issue 4): vacancies, applications, the screening decision log, sent letters, and the
 * monitoring answers. Forward-only, like 0001.
 *
 * - The decision log is evidence, so it is append-only in the database (triggers refuse UPDATE,
 *   DELETE and TRUNCATE), like the activity log.
 * - Monitoring answers (protected characteristics, given voluntarily) live in their own table, apart
 *   from the application, and are deleted when their retention ends or the candidate withdraws.
 * - Only the SHA-256 of a candidate's status token is stored.
 */
import { type Kysely, sql } from "kysely";
import type { Store } from "../store.ts";

export async function up(db: Kysely<unknown>, dialect: Store["dialect"]): Promise<void> {
  await db.schema
    .createTable("vacancies")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organisation_id", "text", (c) => c.notNull().references("organisations.id"))
    .addColumn("created_by", "text", (c) => c.notNull())
    .addColumn("public_token", "text", (c) => c.notNull().unique())
    .addColumn("status", "text", (c) => c.notNull().check(sql`status in ('draft', 'open', 'closed')`))
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("definition", "text", (c) => c.notNull())
    .addColumn("preferential_policy", "text")
    .addColumn("monitoring", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("vacancies_organisation_id_id_key", ["organisation_id", "id"])
    .addForeignKeyConstraint("vacancies_created_by_fkey", ["organisation_id", "created_by"], "users", [
      "organisation_id",
      "id",
    ])
    .execute();
  await db.schema
    .createIndex("vacancies_organisation_created_idx")
    .on("vacancies")
    .columns(["organisation_id", "created_at"])
    .execute();

  await db.schema
    .createTable("applications")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organisation_id", "text", (c) => c.notNull())
    .addColumn("vacancy_id", "text", (c) => c.notNull())
    .addColumn("number", "integer", (c) => c.notNull())
    .addColumn("source", "text", (c) => c.notNull().check(sql`source in ('form', 'entered', 'import')`))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("email", "text")
    .addColumn("fields", "text", (c) => c.notNull())
    .addColumn("preference_claim", "integer", (c) => c.notNull().check(sql`preference_claim in (0, 1)`))
    .addColumn("status_token_hash", "text", (c) => c.unique())
    .addColumn("created_by", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("applications_vacancy_number_key", ["vacancy_id", "number"])
    .addUniqueConstraint("applications_organisation_id_id_key", ["organisation_id", "id"])
    .addForeignKeyConstraint("applications_vacancy_fkey", ["organisation_id", "vacancy_id"], "vacancies", [
      "organisation_id",
      "id",
    ])
    .addForeignKeyConstraint("applications_created_by_fkey", ["organisation_id", "created_by"], "users", [
      "organisation_id",
      "id",
    ])
    .execute();

  await db.schema
    .createTable("screening_log")
    .addColumn("seq", dialect === "postgres" ? "bigint" : "integer", (c) =>
      dialect === "postgres" ? c.primaryKey().generatedAlwaysAsIdentity() : c.primaryKey().autoIncrement(),
    )
    .addColumn("id", "text", (c) => c.notNull().unique())
    .addColumn("organisation_id", "text", (c) => c.notNull())
    .addColumn("vacancy_id", "text", (c) => c.notNull())
    .addColumn("application_id", "text")
    .addColumn("kind", "text", (c) =>
      c.notNull().check(sql`kind in ('recommendation', 'decision', 'tie-break', 'letter')`),
    )
    .addColumn("vacancy_version", "integer", (c) => c.notNull())
    .addColumn("recommendation", "text")
    .addColumn("score", "double precision")
    .addColumn("decision", "text")
    .addColumn("override", "integer", (c) => c.notNull().check(sql`override in (0, 1)`))
    .addColumn("reason", "text")
    .addColumn("decider_id", "text")
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("details", "text")
    .addForeignKeyConstraint("screening_log_vacancy_fkey", ["organisation_id", "vacancy_id"], "vacancies", [
      "organisation_id",
      "id",
    ])
    .addForeignKeyConstraint(
      "screening_log_application_fkey",
      ["organisation_id", "application_id"],
      "applications",
      ["organisation_id", "id"],
    )
    .addForeignKeyConstraint("screening_log_decider_fkey", ["organisation_id", "decider_id"], "users", [
      "organisation_id",
      "id",
    ])
    .execute();
  await db.schema
    .createIndex("screening_log_vacancy_idx")
    .on("screening_log")
    .columns(["organisation_id", "vacancy_id", "seq"])
    .execute();
  await appendOnly(db, dialect, "screening_log");

  await db.schema
    .createTable("letters")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organisation_id", "text", (c) => c.notNull())
    .addColumn("application_id", "text", (c) => c.notNull())
    .addColumn("language", "text", (c) => c.notNull().check(sql`language in ('nl', 'en')`))
    .addColumn("html", "text", (c) => c.notNull())
    .addColumn("sent_by", "text", (c) => c.notNull())
    .addColumn("sent_at", "text", (c) => c.notNull())
    .addForeignKeyConstraint(
      "letters_application_fkey",
      ["organisation_id", "application_id"],
      "applications",
      ["organisation_id", "id"],
    )
    .addForeignKeyConstraint("letters_sent_by_fkey", ["organisation_id", "sent_by"], "users", [
      "organisation_id",
      "id",
    ])
    .execute();
  await db.schema
    .createIndex("letters_application_idx")
    .on("letters")
    .columns(["application_id", "sent_at"])
    .execute();

  await db.schema
    .createTable("monitoring_answers")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organisation_id", "text", (c) => c.notNull())
    .addColumn("vacancy_id", "text", (c) => c.notNull())
    .addColumn("application_id", "text", (c) => c.notNull().unique())
    .addColumn("answers", "text", (c) => c.notNull())
    .addColumn("consent_version", "text", (c) => c.notNull())
    .addColumn("consented_at", "text", (c) => c.notNull())
    .addColumn("delete_after", "text", (c) => c.notNull())
    .addForeignKeyConstraint(
      "monitoring_answers_application_fkey",
      ["organisation_id", "application_id"],
      "applications",
      ["organisation_id", "id"],
    )
    .execute();
  await db.schema
    .createIndex("monitoring_answers_delete_after_idx")
    .on("monitoring_answers")
    .column("delete_after")
    .execute();
}

async function appendOnly(db: Kysely<unknown>, dialect: Store["dialect"], table: string): Promise<void> {
  const t = sql.raw(table);
  if (dialect === "postgres") {
    await sql`
      create function ${sql.raw(`${table}_append_only`)}() returns trigger language plpgsql as $$
      begin
        raise exception '${sql.raw(table)} is append-only: % refused', tg_op;
      end
      $$`.execute(db);
    await sql`
      create trigger ${sql.raw(`${table}_append_only`)}
      before update or delete or truncate on ${t}
      for each statement execute function ${sql.raw(`${table}_append_only`)}()`.execute(db);
  } else {
    await sql`
      create trigger ${sql.raw(`${table}_no_update`)} before update on ${t}
      begin select raise(abort, '${sql.raw(table)} is append-only: UPDATE refused'); end`.execute(db);
    await sql`
      create trigger ${sql.raw(`${table}_no_delete`)} before delete on ${t}
      begin select raise(abort, '${sql.raw(table)} is append-only: DELETE refused'); end`.execute(db);
  }
}
