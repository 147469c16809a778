import { randomUUID } from "node:crypto";
import type { Kysely, Selectable } from "kysely";
import type { ApplicationsTable, Database } from "./database.ts";
import { isoTime } from "./iso-time.ts";
import { fromJsonText, toJsonText } from "./json-text.ts";
import type { ApplicationSource, Store, StoredApplication } from "./store.ts";
import { isUniqueViolation } from "./unique-violation.ts";

export type ApplicationRepository = Pick<
  Store,
  "createApplications" | "getApplication" | "findApplicationByStatusToken" | "listApplications"
>;

const SOURCES: readonly ApplicationSource[] = ["form", "entered", "import"];

const fromRow = (row: Selectable<ApplicationsTable>): StoredApplication => ({
  id: row.id,
  organisationId: row.organisation_id,
  vacancyId: row.vacancy_id,
  number: Number(row.number),
  source: row.source as ApplicationSource,
  name: row.name,
  email: row.email,
  fields: fromJsonText<Record<string, string>>(row.fields),
  preferenceClaim: row.preference_claim === 1,
  createdBy: row.created_by,
  createdAt: row.created_at,
});

/** Two writers numbering the same vacancy at once: the unique (vacancy, number) key refuses one; it retries. */
const ATTEMPTS = 5;

export function applicationRepository(db: Kysely<Database>): ApplicationRepository {
  const insertAll: ApplicationRepository["createApplications"] = (organisationId, vacancyId, inputs, now) =>
    db.transaction().execute(async (trx) => {
      const vacancy = await trx
        .selectFrom("vacancies")
        .select("id")
        .where("organisation_id", "=", organisationId)
        .where("id", "=", vacancyId)
        .executeTakeFirst();
      if (!vacancy) return undefined;
      const last = await trx
        .selectFrom("applications")
        .select((eb) => eb.fn.max("number").as("last"))
        .where("vacancy_id", "=", vacancyId)
        .executeTakeFirst();
      let number = Number(last?.last ?? 0);
      const createdAt = isoTime(now, "now");
      const rows = inputs.map((input) => {
        if (!SOURCES.includes(input.source))
          throw new RangeError(`unknown application source ${input.source}`);
        number++;
        return {
          id: randomUUID(),
          organisation_id: organisationId,
          vacancy_id: vacancyId,
          number,
          source: input.source,
          name: input.name,
          email: input.email,
          fields: toJsonText(input.fields, "fields"),
          preference_claim: input.preferenceClaim ? 1 : 0,
          status_token_hash: input.statusTokenHash,
          created_by: input.createdBy,
          created_at: createdAt,
        };
      });
      // In chunks: SQLite allows at most 32,766 bound values per statement.
      for (let i = 0; i < rows.length; i += 500) {
        await trx
          .insertInto("applications")
          .values(rows.slice(i, i + 500))
          .execute();
      }
      return rows.map(fromRow);
    });

  return {
    async createApplications(organisationId, vacancyId, inputs, now) {
      for (let attempt = 1; ; attempt++) {
        try {
          return await insertAll(organisationId, vacancyId, inputs, now);
        } catch (error) {
          if (attempt >= ATTEMPTS || !isUniqueViolation(error)) throw error;
        }
      }
    },

    async getApplication(organisationId, id) {
      const row = await db
        .selectFrom("applications")
        .selectAll()
        .where("organisation_id", "=", organisationId)
        .where("id", "=", id)
        .executeTakeFirst();
      return row ? fromRow(row) : undefined;
    },

    async findApplicationByStatusToken(tokenHash) {
      const row = await db
        .selectFrom("applications")
        .selectAll()
        .where("status_token_hash", "=", tokenHash)
        .executeTakeFirst();
      return row ? fromRow(row) : undefined;
    },

    async listApplications(organisationId, vacancyId) {
      const rows = await db
        .selectFrom("applications")
        .selectAll()
        .where("organisation_id", "=", organisationId)
        .where("vacancy_id", "=", vacancyId)
        .orderBy("number")
        .execute();
      return rows.map(fromRow);
    },
  };
}
