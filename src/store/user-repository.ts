import { randomUUID } from "node:crypto";
import type { Kysely, Selectable } from "kysely";
import { checkRole } from "./check-role.ts";
import type { Database, UsersTable } from "./database.ts";
import { isoTime } from "./iso-time.ts";
import type { Role, Store, User } from "./store.ts";
import { StoreConflictError } from "./store-conflict-error.ts";

export type UserRepository = Pick<
  Store,
  | "createUser"
  | "findUserByEmail"
  | "getUser"
  | "listUsers"
  | "updateUserRole"
  | "countAdmins"
  | "deleteNewUser"
>;

/** The columns toUser needs, qualified so they can be selected alongside a join (see findSession). */
export const userColumns = [
  "users.id",
  "users.organisation_id",
  "users.email",
  "users.name",
  "users.password_hash",
  "users.role",
  "users.created_at",
] as const;

export function userRepository(db: Kysely<Database>): UserRepository {
  return {
    async createUser(input) {
      const row = {
        id: randomUUID(),
        organisation_id: input.organisationId,
        email: input.email,
        email_key: emailKey(input.email),
        name: input.name,
        password_hash: input.passwordHash,
        role: checkRole(input.role),
        created_at: isoTime(input.now, "now"),
      };
      // ON CONFLICT DO NOTHING rather than catching the driver's error: the same on both engines,
      // and two sign-ups racing for one address still get exactly one winner.
      const inserted = await db
        .insertInto("users")
        .values(row)
        .onConflict((oc) => oc.column("email_key").doNothing())
        .returning("id")
        .executeTakeFirst();
      if (!inserted) throw new StoreConflictError("email-taken");
      return toUser(row);
    },

    async findUserByEmail(email) {
      const row = await db
        .selectFrom("users")
        .select(userColumns)
        .where("email_key", "=", emailKey(email))
        .executeTakeFirst();
      return row && toUser(row);
    },

    async getUser(id) {
      const row = await db.selectFrom("users").select(userColumns).where("id", "=", id).executeTakeFirst();
      return row && toUser(row);
    },

    async listUsers(organisationId) {
      const rows = await db
        .selectFrom("users")
        .select(userColumns)
        .where("organisation_id", "=", organisationId)
        .orderBy("created_at")
        .orderBy("id")
        .execute();
      return rows.map(toUser);
    },

    async deleteNewUser(organisationId, userId) {
      // Only an account nothing refers to yet: activity, uploads and audits keep their author.
      try {
        await db.deleteFrom("sessions").where("user_id", "=", userId).execute();
        const result = await db
          .deleteFrom("users")
          .where("organisation_id", "=", organisationId)
          .where("id", "=", userId)
          .executeTakeFirst();
        return result.numDeletedRows > 0n;
      } catch {
        return false;
      }
    },

    async updateUserRole(organisationId, userId, role) {
      const row = await db
        .updateTable("users")
        .set({ role: checkRole(role) })
        .where("id", "=", userId)
        .where("organisation_id", "=", organisationId)
        .returning(["id", "organisation_id", "email", "name", "password_hash", "role", "created_at"])
        .executeTakeFirst();
      return row && toUser(row);
    },

    async countAdmins(organisationId) {
      const { n } = await db
        .selectFrom("users")
        .select((eb) => eb.fn.countAll().as("n"))
        .where("organisation_id", "=", organisationId)
        .where("role", "=", "admin")
        .executeTakeFirstOrThrow();
      return Number(n);
    },
  };
}

/** Email addresses are unique on the server regardless of case: Ann@x.nl and ann@x.nl are one person. */
function emailKey(email: string): string {
  return email.toLowerCase();
}

export function toUser(row: Omit<Selectable<UsersTable>, "email_key">): User {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    email: row.email,
    name: row.name,
    passwordHash: row.password_hash,
    role: row.role as Role,
    createdAt: row.created_at,
  };
}
