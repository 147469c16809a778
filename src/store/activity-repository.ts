import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "./database.ts";
import { isoTime } from "./iso-time.ts";
import { fromJsonText, toJsonText } from "./json-text.ts";
import type { Store } from "./store.ts";

export type ActivityRepository = Pick<Store, "appendActivity" | "listActivity">;

/** How many entries listActivity returns when no limit is given. */
export const DEFAULT_ACTIVITY_LIMIT = 100;

/** Append and read only: the table refuses UPDATE and DELETE (triggers in migrations/0001-initial.ts). */
export function activityRepository(db: Kysely<Database>): ActivityRepository {
  return {
    async appendActivity(input) {
      const details = input.details ?? null;
      await db
        .insertInto("activity")
        .values({
          id: randomUUID(),
          organisation_id: input.organisationId,
          user_id: input.userId,
          action: input.action,
          subject: input.subject,
          details: details === null ? null : toJsonText(details, "details"),
          at: isoTime(input.at, "at"),
        })
        .execute();
    },

    async listActivity(organisationId, options = {}) {
      const limit = options.limit ?? DEFAULT_ACTIVITY_LIMIT;
      if (!Number.isSafeInteger(limit) || limit < 1) {
        throw new RangeError(`limit must be a positive integer, got ${limit}`);
      }
      const rows = await db
        .selectFrom("activity")
        .leftJoin("users", "users.id", "activity.user_id")
        .select([
          "activity.id",
          "activity.organisation_id",
          "activity.user_id",
          "users.name as user_name",
          "activity.action",
          "activity.subject",
          "activity.details",
          "activity.at",
        ])
        .where("activity.organisation_id", "=", organisationId)
        .orderBy("activity.at", "desc")
        .orderBy("activity.seq", "desc")
        .limit(limit)
        .execute();
      return rows.map((row) => ({
        id: row.id,
        organisationId: row.organisation_id,
        userId: row.user_id,
        userName: row.user_name,
        action: row.action,
        subject: row.subject,
        details: row.details === null ? null : fromJsonText<Record<string, unknown>>(row.details),
        at: row.at,
      }));
    },
  };
}
