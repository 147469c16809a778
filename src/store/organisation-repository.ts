import { randomUUID } from "node:crypto";
import type { Kysely, Selectable } from "kysely";
import type { Database, OrganisationsTable } from "./database.ts";
import { isoTime } from "./iso-time.ts";
import type { Organisation, Store } from "./store.ts";

export type OrganisationRepository = Pick<
  Store,
  "createOrganisation" | "getOrganisation" | "countOrganisations"
>;

export function organisationRepository(db: Kysely<Database>): OrganisationRepository {
  return {
    async createOrganisation({ name, isDemo, now }) {
      const row = { id: randomUUID(), name, is_demo: isDemo ? 1 : 0, created_at: isoTime(now, "now") };
      await db.insertInto("organisations").values(row).execute();
      return toOrganisation(row);
    },

    async getOrganisation(id) {
      const row = await db.selectFrom("organisations").selectAll().where("id", "=", id).executeTakeFirst();
      return row && toOrganisation(row);
    },

    async countOrganisations(options = {}) {
      let query = db.selectFrom("organisations").select((eb) => eb.fn.countAll().as("n"));
      if (options.includeDemo === false) query = query.where("is_demo", "=", 0);
      const { n } = await query.executeTakeFirstOrThrow();
      return Number(n);
    },
  };
}

function toOrganisation(row: Selectable<OrganisationsTable>): Organisation {
  return { id: row.id, name: row.name, isDemo: row.is_demo === 1, createdAt: row.created_at };
}
