import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "./database.ts";
import { isoTime } from "./iso-time.ts";
import { fromJsonText, toJsonText } from "./json-text.ts";
import type { Store } from "./store.ts";

export type MonitoringRepository = Pick<
  Store,
  | "saveMonitoring"
  | "monitoringDeleteAfter"
  | "deleteMonitoring"
  | "deleteExpiredMonitoring"
  | "monitoringForAggregates"
>;

/**
 * Voluntary monitoring answers (protected characteristics), in their own table, apart from the
 * application. Nothing here returns a single candidate's answers to a caller that could show them:
 * the candidate's own page learns only whether and until when they are kept.
 */
export function monitoringRepository(db: Kysely<Database>): MonitoringRepository {
  return {
    async saveMonitoring(input) {
      const values = {
        answers: toJsonText(input.answers, "answers"),
        consent_version: input.consentVersion,
        consented_at: isoTime(input.consentedAt, "consentedAt"),
        delete_after: isoTime(input.deleteAfter, "deleteAfter"),
      };
      // One statement (an upsert on the application), so two saves at once cannot both insert.
      await db
        .insertInto("monitoring_answers")
        .values({
          id: randomUUID(),
          organisation_id: input.organisationId,
          vacancy_id: input.vacancyId,
          application_id: input.applicationId,
          ...values,
        })
        .onConflict((oc) => oc.column("application_id").doUpdateSet(values))
        .execute();
    },

    async monitoringDeleteAfter(applicationId) {
      const row = await db
        .selectFrom("monitoring_answers")
        .select("delete_after")
        .where("application_id", "=", applicationId)
        .executeTakeFirst();
      return row?.delete_after;
    },

    async deleteMonitoring(applicationId) {
      const result = await db
        .deleteFrom("monitoring_answers")
        .where("application_id", "=", applicationId)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },

    async deleteExpiredMonitoring(now) {
      const result = await db
        .deleteFrom("monitoring_answers")
        .where("delete_after", "<=", isoTime(now, "now"))
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },

    async monitoringForAggregates(organisationId, options = {}) {
      let query = db
        .selectFrom("monitoring_answers")
        .selectAll()
        .where("organisation_id", "=", organisationId);
      if (options.vacancyId !== undefined) query = query.where("vacancy_id", "=", options.vacancyId);
      const rows = await query.orderBy("application_id").execute();
      return rows.map((row) => ({
        applicationId: row.application_id,
        vacancyId: row.vacancy_id,
        answers: fromJsonText<Record<string, string>>(row.answers),
        consentVersion: row.consent_version,
        consentedAt: row.consented_at,
        deleteAfter: row.delete_after,
      }));
    },
  };
}
