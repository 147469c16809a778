import { randomUUID } from "node:crypto";
import type { Kysely, Selectable } from "kysely";
import { checkRole } from "./check-role.ts";
import type { Database, InvitationsTable } from "./database.ts";
import { isoTime } from "./iso-time.ts";
import type { Invitation, Role, Store } from "./store.ts";

export type InvitationRepository = Pick<Store, "createInvitation" | "findInvitation" | "useInvitation">;

export function invitationRepository(db: Kysely<Database>): InvitationRepository {
  return {
    async createInvitation(input) {
      const row = {
        id: randomUUID(),
        organisation_id: input.organisationId,
        token_hash: input.tokenHash,
        role: checkRole(input.role),
        created_by: input.createdBy,
        created_at: isoTime(input.now, "now"),
        expires_at: isoTime(input.expiresAt, "expiresAt"),
        used_at: null,
        used_by: null,
      };
      await db.insertInto("invitations").values(row).execute();
      return toInvitation(row);
    },

    async findInvitation(tokenHash) {
      const row = await db
        .selectFrom("invitations")
        .selectAll()
        .where("token_hash", "=", tokenHash)
        .executeTakeFirst();
      return row && toInvitation(row);
    },

    async useInvitation(tokenHash, userId, now) {
      const at = isoTime(now, "now");
      // One conditional UPDATE: the database decides which of two racing requests wins, so an
      // invitation can never be used twice.
      const result = await db
        .updateTable("invitations")
        .set({ used_at: at, used_by: userId })
        .where("token_hash", "=", tokenHash)
        .where("used_at", "is", null)
        .where("expires_at", ">", at)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },
  };
}

function toInvitation(row: Selectable<InvitationsTable>): Invitation {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    role: row.role as Role,
    createdBy: row.created_by,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    usedAt: row.used_at,
    usedBy: row.used_by,
  };
}
