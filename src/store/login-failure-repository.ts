import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "./database.ts";
import { isoTime } from "./iso-time.ts";
import type { Store } from "./store.ts";

export type LoginFailureRepository = Pick<
  Store,
  "recordLoginFailure" | "countLoginFailures" | "clearLoginFailures" | "deleteLoginFailuresBefore"
>;

/**
 * Failed logins per throttle key (the caller chooses it, e.g. the lower-cased email or the client
 * address), one row each, so the caller's window slides: count those at or after `since`.
 */
export function loginFailureRepository(db: Kysely<Database>): LoginFailureRepository {
  return {
    async recordLoginFailure(key, at) {
      await db
        .insertInto("login_failures")
        .values({ id: randomUUID(), throttle_key: key, at: isoTime(at, "at") })
        .execute();
    },

    async countLoginFailures(key, since) {
      const { n } = await db
        .selectFrom("login_failures")
        .select((eb) => eb.fn.countAll().as("n"))
        .where("throttle_key", "=", key)
        .where("at", ">=", isoTime(since, "since"))
        .executeTakeFirstOrThrow();
      return Number(n);
    },

    async clearLoginFailures(key) {
      await db.deleteFrom("login_failures").where("throttle_key", "=", key).execute();
    },

    async deleteLoginFailuresBefore(before) {
      const result = await db
        .deleteFrom("login_failures")
        .where("at", "<", isoTime(before, "before"))
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
