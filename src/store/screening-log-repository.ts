import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "./database.ts";
import { isoTime } from "./iso-time.ts";
import { fromJsonText, toJsonText } from "./json-text.ts";
import type { ScreeningLogEntry, ScreeningLogKind, Store } from "./store.ts";

export type ScreeningLogRepository = Pick<Store, "appendScreeningLog" | "listScreeningLog">;

const KINDS: readonly ScreeningLogKind[] = ["recommendation", "decision", "tie-break", "letter"];

/** Append and read only: the table refuses UPDATE and DELETE (triggers in migrations/0002-screening.ts). */
export function screeningLogRepository(db: Kysely<Database>): ScreeningLogRepository {
  return {
    async appendScreeningLog(entries) {
      if (entries.length === 0) return;
      const rows = entries.map((e) => {
        if (!KINDS.includes(e.kind)) throw new RangeError(`unknown log kind ${e.kind}`);
        if (!Number.isSafeInteger(e.vacancyVersion) || e.vacancyVersion < 1) {
          throw new RangeError(`vacancyVersion must be a positive integer, got ${e.vacancyVersion}`);
        }
        return {
          id: randomUUID(),
          organisation_id: e.organisationId,
          vacancy_id: e.vacancyId,
          application_id: e.applicationId,
          kind: e.kind,
          vacancy_version: e.vacancyVersion,
          recommendation: e.recommendation,
          score: e.score,
          decision: e.decision,
          override: e.override ? 1 : 0,
          reason: e.reason,
          decider_id: e.deciderId,
          at: isoTime(e.at, "at"),
          details: e.details === null ? null : toJsonText(e.details, "details"),
        };
      });
      await db.transaction().execute(async (trx) => {
        // Chunks keep SQLite under its limit of bound values per statement.
        for (let i = 0; i < rows.length; i += 500) {
          await trx
            .insertInto("screening_log")
            .values(rows.slice(i, i + 500))
            .execute();
        }
      });
    },

    async listScreeningLog(organisationId, options = {}) {
      let query = db
        .selectFrom("screening_log as l")
        .leftJoin("users as u", "u.id", "l.decider_id")
        .selectAll("l")
        .select("u.name as decider_name")
        .where("l.organisation_id", "=", organisationId);
      if (options.vacancyId !== undefined) query = query.where("l.vacancy_id", "=", options.vacancyId);
      const rows = await query.orderBy("l.seq").execute();
      return rows.map(
        (row): ScreeningLogEntry => ({
          id: row.id,
          organisationId: row.organisation_id,
          vacancyId: row.vacancy_id,
          applicationId: row.application_id,
          kind: row.kind as ScreeningLogKind,
          vacancyVersion: Number(row.vacancy_version),
          recommendation: row.recommendation as ScreeningLogEntry["recommendation"],
          score: row.score === null ? null : Number(row.score),
          decision: row.decision as ScreeningLogEntry["decision"],
          override: row.override === 1,
          reason: row.reason,
          deciderId: row.decider_id,
          deciderName: row.decider_name,
          at: row.at,
          details: row.details === null ? null : fromJsonText<Record<string, unknown>>(row.details),
        }),
      );
    },
  };
}
