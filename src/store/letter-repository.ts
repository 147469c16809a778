import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "./database.ts";
import { isoTime } from "./iso-time.ts";
import type { Store } from "./store.ts";

export type LetterRepository = Pick<Store, "saveLetter" | "latestLetter">;

/** Explanation letters as sent: the text the candidate received, kept even if the vacancy changes later. */
export function letterRepository(db: Kysely<Database>): LetterRepository {
  return {
    async saveLetter(input) {
      const id = randomUUID();
      const sentAt = isoTime(input.sentAt, "sentAt");
      await db
        .insertInto("letters")
        .values({
          id,
          organisation_id: input.organisationId,
          application_id: input.applicationId,
          language: input.language,
          html: input.html,
          sent_by: input.sentBy,
          sent_at: sentAt,
        })
        .execute();
      return {
        id,
        applicationId: input.applicationId,
        language: input.language,
        html: input.html,
        sentBy: input.sentBy,
        sentAt,
      };
    },

    async latestLetter(organisationId, applicationId) {
      const row = await db
        .selectFrom("letters")
        .selectAll()
        .where("organisation_id", "=", organisationId)
        .where("application_id", "=", applicationId)
        .orderBy("sent_at", "desc")
        .orderBy("id")
        .executeTakeFirst();
      return row
        ? {
            id: row.id,
            applicationId: row.application_id,
            language: row.language as "nl" | "en",
            html: row.html,
            sentBy: row.sent_by,
            sentAt: row.sent_at,
          }
        : undefined;
    },
  };
}
