import { Hono } from "hono";
import type { AuditDocument } from "../../core/report/audit-document.ts";
import { auditJson } from "../../core/report/audit-document.ts";
import { renderCsv } from "../../core/report/render-csv.ts";
import { renderHtml } from "../../core/report/render-html.ts";
import { renderMarkdown } from "../../core/report/render-markdown.ts";
import type { Role, SavedAudit, SavedAuditSummary } from "../../store/store.ts";
import { logActivity } from "../activity.ts";
import { auditSchema, validJson } from "../api-schemas.ts";
import type { AuditDetail, AuditRequest, AuditSummary } from "../api-types.ts";
import type { AppDeps, AppEnv } from "../app-env.ts";
import { notFound } from "../app-error.ts";
import { renderPdf } from "../audits/render-pdf.ts";
import { runAuditRequest } from "../audits/run-audit-request.ts";
import { authorize, can } from "../auth/authorize.ts";

const summary = (a: SavedAuditSummary): AuditSummary => ({
  id: a.id,
  title: a.title,
  createdAt: a.createdAt,
  createdBy: a.createdByName ?? a.createdBy,
  uploadId: a.uploadId,
  filename: a.filename,
  rows: a.rows,
  findings: a.findings as AuditSummary["findings"],
});

const detail = (a: SavedAudit): AuditDetail => ({ ...summary(a), document: a.document as AuditDocument });

/**
 * Audits of a screening decision log join the candidates' monitoring answers: only roles that may see
 * monitoring aggregates read them (a reviewer comparing runs could otherwise infer a candidate's
 * answers). They are recognised by their input, "screening-log:<vacancy>" (log-audits.ts).
 */
const mayRead = (role: Role, audit: Pick<SavedAuditSummary, "filename">): boolean =>
  !audit.filename.startsWith("screening-log:") || can(role, "auditScreening");

const DOWNLOADS = {
  json: "application/json; charset=utf-8",
  csv: "text/csv; charset=utf-8",
  md: "text/markdown; charset=utf-8",
  html: "text/html; charset=utf-8",
  pdf: "application/pdf",
} as const;

export function auditRoutes(deps: AppDeps) {
  const { store } = deps;
  return new Hono<AppEnv>()
    .post("/audits", authorize("runAudits"), validJson(auditSchema), async (c) => {
      const user = c.get("user")!;
      const request = c.req.valid("json") as AuditRequest;
      const upload = await store.getUpload(user.organisationId, request.uploadId);
      if (!upload) throw notFound();
      const now = deps.now();
      const document = await runAuditRequest(upload, request, deps.version, now);
      const saved = await store.createAudit({
        organisationId: user.organisationId,
        createdBy: user.id,
        uploadId: upload.id,
        filename: upload.filename,
        title: request.title || upload.filename,
        request,
        document,
        rows: document.rows,
        findings: document.findings,
        createdAt: now.toISOString(),
      });
      await logActivity(store, user, "audit.create", saved.title, now, {
        auditId: saved.id,
        uploadId: upload.id,
      });
      return c.json(detail({ ...saved, createdByName: user.name }), 201);
    })
    .get("/audits", authorize("viewAudits"), async (c) => {
      const user = c.get("user")!;
      const all = await store.listAudits(user.organisationId);
      return c.json(all.filter((a) => mayRead(user.role, a)).map(summary));
    })
    .get("/audits/:id", authorize("viewAudits"), async (c) => {
      const user = c.get("user")!;
      const found = await store.getAuditDocumentText(user.organisationId, c.req.param("id"));
      if (!found || !mayRead(user.role, found.summary)) throw notFound();
      // The stored report is spliced in as text: parsing and re-serialising it per request would cost
      // more than everything else the request does.
      const head = JSON.stringify(summary(found.summary));
      c.header("Content-Type", "application/json; charset=UTF-8");
      return c.body(`${head.slice(0, -1)},"document":${found.document}}`);
    })
    .get("/audits/:id/:file{report\\.(json|csv|md|html|pdf)}", authorize("viewAudits"), async (c) => {
      const user = c.get("user")!;
      const found = await store.getAudit(user.organisationId, c.req.param("id"));
      if (!found || !mayRead(user.role, found)) throw notFound();
      const format = c.req.param("file").split(".")[1] as keyof typeof DOWNLOADS;
      const language = c.get("language");
      const doc = found.document as AuditDocument;
      const body =
        format === "json"
          ? auditJson(doc)
          : format === "csv"
            ? renderCsv(doc)
            : format === "md"
              ? renderMarkdown(language, doc)
              : format === "html"
                ? renderHtml(language, doc)
                : await renderPdf(language, doc);
      const name = `${found.title.replace(/[^\p{L}\p{N}._-]+/gu, "-").slice(0, 80) || "audit"}.${format}`;
      // RFC 6266/5987: an ASCII fallback for old clients, the real name percent-encoded in UTF-8.
      const ascii =
        name
          .normalize("NFKD")
          .replace(/[^\x20-\x7e]/g, "")
          .replace(/["\\]/g, "") || `audit.${format}`;
      c.header("Content-Type", DOWNLOADS[format]);
      c.header(
        "Content-Disposition",
        `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      );
      await logActivity(store, user, "report.download", found.title, deps.now(), { format });
      return c.body(typeof body === "string" ? body : new Uint8Array(body));
    })
    .delete("/audits/:id", authorize("deleteData"), async (c) => {
      const user = c.get("user")!;
      const found = await store.getAudit(user.organisationId, c.req.param("id"));
      if (!found || !(await store.deleteAudit(user.organisationId, found.id))) throw notFound();
      await logActivity(store, user, "audit.delete", found.title, deps.now());
      return c.body(null, 204);
    });
}
