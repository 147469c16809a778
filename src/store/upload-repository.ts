import { randomUUID } from "node:crypto";
import type { Kysely, Selectable } from "kysely";
import { checkCount } from "./check-count.ts";
import type { Database, UploadsTable } from "./database.ts";
import { isoTime } from "./iso-time.ts";
import { fromJsonText, toJsonText } from "./json-text.ts";
import type { Store, Upload } from "./store.ts";

export type UploadRepository = Pick<Store, "createUpload" | "getUpload" | "listUploads" | "deleteUpload">;

/** Upload rows only: the files themselves are the caller's (the row holds their path). */
export function uploadRepository(db: Kysely<Database>): UploadRepository {
  return {
    async createUpload(input) {
      const row = {
        id: randomUUID(),
        organisation_id: input.organisationId,
        created_by: input.createdBy,
        filename: input.filename,
        path: input.path,
        bytes: checkCount(input.bytes, "bytes"),
        sha256: input.sha256,
        format: input.format,
        columns: toJsonText(input.columns, "columns"),
        guess: toJsonText(input.guess, "guess"),
        created_at: isoTime(input.createdAt, "createdAt"),
      };
      await db.insertInto("uploads").values(row).execute();
      return toUpload(row);
    },

    async getUpload(organisationId, id) {
      const row = await db
        .selectFrom("uploads")
        .selectAll()
        .where("organisation_id", "=", organisationId)
        .where("id", "=", id)
        .executeTakeFirst();
      return row && toUpload(row);
    },

    async listUploads(organisationId) {
      const rows = await db
        .selectFrom("uploads")
        .selectAll()
        .where("organisation_id", "=", organisationId)
        .orderBy("created_at", "desc")
        .orderBy("id", "desc")
        .execute();
      return rows.map(toUpload);
    },

    async deleteUpload(organisationId, id) {
      // One statement: the foreign key's ON DELETE SET NULL unlinks the audits made from it.
      const row = await db
        .deleteFrom("uploads")
        .where("organisation_id", "=", organisationId)
        .where("id", "=", id)
        .returningAll()
        .executeTakeFirst();
      return row && toUpload(row);
    },
  };
}

function toUpload(row: Selectable<UploadsTable>): Upload {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    createdBy: row.created_by,
    filename: row.filename,
    path: row.path,
    bytes: Number(row.bytes),
    sha256: row.sha256,
    format: row.format,
    columns: fromJsonText<string[]>(row.columns),
    guess: fromJsonText<Record<string, unknown>>(row.guess),
    createdAt: row.created_at,
  };
}
