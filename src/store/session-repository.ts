import type { Kysely } from "kysely";
import type { Database } from "./database.ts";
import { isoTime } from "./iso-time.ts";
import type { Store } from "./store.ts";
import { toUser, userColumns } from "./user-repository.ts";

export type SessionRepository = Pick<
  Store,
  "createSession" | "findSession" | "deleteSession" | "deleteUserSessions" | "deleteExpiredSessions"
>;

/** A session is live while `now` is before its expiry; at the expiry instant it is over. */
export function sessionRepository(db: Kysely<Database>): SessionRepository {
  return {
    async createSession({ idHash, userId, now, expiresAt }) {
      const row = {
        id_hash: idHash,
        user_id: userId,
        created_at: isoTime(now, "now"),
        expires_at: isoTime(expiresAt, "expiresAt"),
      };
      await db.insertInto("sessions").values(row).execute();
      return { idHash, userId, createdAt: row.created_at, expiresAt: row.expires_at };
    },

    async findSession(idHash, now) {
      const row = await db
        .selectFrom("sessions")
        .innerJoin("users", "users.id", "sessions.user_id")
        .select(userColumns)
        .select(["sessions.created_at as session_created_at", "sessions.expires_at as session_expires_at"])
        .where("sessions.id_hash", "=", idHash)
        .where("sessions.expires_at", ">", isoTime(now, "now"))
        .executeTakeFirst();
      if (!row) return undefined;
      return {
        session: {
          idHash,
          userId: row.id,
          createdAt: row.session_created_at,
          expiresAt: row.session_expires_at,
        },
        user: toUser(row),
      };
    },

    async deleteSession(idHash) {
      await db.deleteFrom("sessions").where("id_hash", "=", idHash).execute();
    },

    async deleteUserSessions(userId) {
      await db.deleteFrom("sessions").where("user_id", "=", userId).execute();
    },

    async deleteExpiredSessions(now) {
      const result = await db
        .deleteFrom("sessions")
        .where("expires_at", "<=", isoTime(now, "now"))
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
