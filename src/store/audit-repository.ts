import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import { checkCount } from "./check-count.ts";
import type { Database } from "./database.ts";
import { isoTime } from "./iso-time.ts";
import { fromJsonText, toJsonText } from "./json-text.ts";
import type { SavedAuditSummary, Store } from "./store.ts";

export type AuditRepository = Pick<
  Store,
  "createAudit" | "getAudit" | "getAuditDocumentText" | "listAudits" | "deleteAudit"
>;

/** Everything but `request` and `document`, which can be megabytes: lists never read them. */
const summaryColumns = [
  "saved_audits.id",
  "saved_audits.organisation_id",
  "saved_audits.created_by",
  "users.name as created_by_name",
  "saved_audits.upload_id",
  "saved_audits.filename",
  "saved_audits.title",
  "saved_audits.row_count",
  "saved_audits.findings",
  "saved_audits.created_at",
] as const;

export function auditRepository(db: Kysely<Database>): AuditRepository {
  const withCreator = () =>
    db.selectFrom("saved_audits").leftJoin("users", "users.id", "saved_audits.created_by");

  return {
    async createAudit(input) {
      const id = randomUUID();
      const inserted = await db
        .insertInto("saved_audits")
        .values({
          id,
          organisation_id: input.organisationId,
          created_by: input.createdBy,
          // Linked only to an upload of the same organisation that still exists; an upload deleted
          // while the audit ran (or another organisation's) leaves the audit unlinked, not failed.
          upload_id:
            input.uploadId === null
              ? null
              : db
                  .selectFrom("uploads")
                  .select("id")
                  .where("id", "=", input.uploadId)
                  .where("organisation_id", "=", input.organisationId),
          filename: input.filename,
          title: input.title,
          request: toJsonText(input.request, "request"),
          document: toJsonText(input.document, "document"),
          row_count: checkCount(input.rows, "rows"),
          findings: toJsonText(input.findings, "findings"),
          created_at: isoTime(input.createdAt, "createdAt"),
        })
        .returning(["upload_id", "created_at"])
        .executeTakeFirstOrThrow();
      const creator = await db
        .selectFrom("users")
        .select("name")
        .where("id", "=", input.createdBy)
        .executeTakeFirst();
      return {
        ...input,
        id,
        uploadId: inserted.upload_id,
        createdByName: creator?.name ?? null,
        createdAt: inserted.created_at,
      };
    },

    async getAudit(organisationId, id) {
      const row = await withCreator()
        .select(summaryColumns)
        .select(["saved_audits.request", "saved_audits.document"])
        .where("saved_audits.organisation_id", "=", organisationId)
        .where("saved_audits.id", "=", id)
        .executeTakeFirst();
      if (!row) return undefined;
      return { ...toSummary(row), request: fromJsonText(row.request), document: fromJsonText(row.document) };
    },

    async getAuditDocumentText(organisationId, id) {
      const row = await withCreator()
        .select(summaryColumns)
        .select(["saved_audits.document"])
        .where("saved_audits.organisation_id", "=", organisationId)
        .where("saved_audits.id", "=", id)
        .executeTakeFirst();
      return row ? { summary: toSummary(row), document: row.document } : undefined;
    },

    async listAudits(organisationId) {
      const rows = await withCreator()
        .select(summaryColumns)
        .where("saved_audits.organisation_id", "=", organisationId)
        .orderBy("saved_audits.created_at", "desc")
        .orderBy("saved_audits.id", "desc")
        .execute();
      return rows.map(toSummary);
    },

    async deleteAudit(organisationId, id) {
      const result = await db
        .deleteFrom("saved_audits")
        .where("organisation_id", "=", organisationId)
        .where("id", "=", id)
        .executeTakeFirst();
      return result.numDeletedRows > 0n;
    },
  };
}

interface SummaryRow {
  id: string;
  organisation_id: string;
  created_by: string;
  created_by_name: string | null;
  upload_id: string | null;
  filename: string;
  title: string;
  row_count: number | string;
  findings: string;
  created_at: string;
}

function toSummary(row: SummaryRow): SavedAuditSummary {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    createdBy: row.created_by,
    createdByName: row.created_by_name,
    uploadId: row.upload_id,
    filename: row.filename,
    title: row.title,
    rows: Number(row.row_count),
    findings: fromJsonText(row.findings),
    createdAt: row.created_at,
  };
}
