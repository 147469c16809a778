import { randomUUID } from "node:crypto";
import { type Kysely, type Selectable, sql } from "kysely";
import type { Vacancy } from "../core/screening/vacancy.ts";
import type { Database, VacanciesTable } from "./database.ts";
import { isoTime } from "./iso-time.ts";
import { fromJsonText, toJsonText } from "./json-text.ts";
import type { Store, StoredVacancy, VacancyStatus } from "./store.ts";

export type VacancyRepository = Pick<
  Store,
  "createVacancy" | "updateVacancy" | "getVacancy" | "findVacancyByToken" | "listVacancies"
>;

const STATUSES: readonly VacancyStatus[] = ["draft", "open", "closed"];

function checkStatus(status: string): VacancyStatus {
  if (!(STATUSES as readonly string[]).includes(status))
    throw new RangeError(`unknown vacancy status ${status}`);
  return status as VacancyStatus;
}

const fromRow = (row: Selectable<VacanciesTable>): StoredVacancy => ({
  id: row.id,
  organisationId: row.organisation_id,
  createdBy: row.created_by,
  publicToken: row.public_token,
  status: checkStatus(row.status),
  version: Number(row.version),
  definition: fromJsonText<Vacancy>(row.definition),
  preferentialPolicy:
    row.preferential_policy === null ? null : fromJsonText<Record<string, unknown>>(row.preferential_policy),
  monitoring: fromJsonText<StoredVacancy["monitoring"]>(row.monitoring),
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export function vacancyRepository(db: Kysely<Database>): VacancyRepository {
  return {
    async createVacancy(input) {
      const row = await db
        .insertInto("vacancies")
        .values({
          id: randomUUID(),
          organisation_id: input.organisationId,
          created_by: input.createdBy,
          public_token: input.publicToken,
          status: checkStatus(input.status),
          version: 1,
          definition: toJsonText(input.definition, "definition"),
          preferential_policy:
            input.preferentialPolicy === null
              ? null
              : toJsonText(input.preferentialPolicy, "preferentialPolicy"),
          monitoring: toJsonText(input.monitoring, "monitoring"),
          created_at: isoTime(input.createdAt, "createdAt"),
          updated_at: isoTime(input.createdAt, "createdAt"),
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return fromRow(row);
    },

    async updateVacancy(organisationId, id, input) {
      const row = await db
        .updateTable("vacancies")
        .set({
          status: checkStatus(input.status),
          version: sql`version + 1`,
          definition: toJsonText(input.definition, "definition"),
          preferential_policy:
            input.preferentialPolicy === null
              ? null
              : toJsonText(input.preferentialPolicy, "preferentialPolicy"),
          monitoring: toJsonText(input.monitoring, "monitoring"),
          updated_at: isoTime(input.now, "now"),
        })
        .where("organisation_id", "=", organisationId)
        .where("id", "=", id)
        .returningAll()
        .executeTakeFirst();
      return row ? fromRow(row) : undefined;
    },

    async getVacancy(organisationId, id) {
      const row = await db
        .selectFrom("vacancies")
        .selectAll()
        .where("organisation_id", "=", organisationId)
        .where("id", "=", id)
        .executeTakeFirst();
      return row ? fromRow(row) : undefined;
    },

    async findVacancyByToken(publicToken) {
      const row = await db
        .selectFrom("vacancies")
        .selectAll()
        .where("public_token", "=", publicToken)
        .executeTakeFirst();
      return row ? fromRow(row) : undefined;
    },

    async listVacancies(organisationId) {
      const rows = await db
        .selectFrom("vacancies as v")
        .selectAll("v")
        .select((eb) => [
          eb
            .selectFrom("applications as a")
            .select(eb.fn.countAll().as("n"))
            .whereRef("a.vacancy_id", "=", "v.id")
            .as("applications"),
          eb
            .selectFrom("applications as a")
            .select(eb.fn.countAll().as("n"))
            .whereRef("a.vacancy_id", "=", "v.id")
            .where(({ not, exists, selectFrom }) =>
              not(
                exists(
                  selectFrom("screening_log as l")
                    .select("l.id")
                    .whereRef("l.application_id", "=", "a.id")
                    .where("l.kind", "=", "decision"),
                ),
              ),
            )
            .as("undecided"),
        ])
        .where("v.organisation_id", "=", organisationId)
        .orderBy("v.created_at", "desc")
        .orderBy("v.id")
        .execute();
      return rows.map((row) => ({
        ...fromRow(row),
        applications: Number(row.applications ?? 0),
        undecided: Number(row.undecided ?? 0),
      }));
    },
  };
}
