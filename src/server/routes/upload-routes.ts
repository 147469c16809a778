import { rm } from "node:fs/promises";
import { Hono } from "hono";
import { distinctValues } from "../../sources/duckdb/describe-decision-file.ts";
import type { Upload } from "../../store/store.ts";
import { logActivity } from "../activity.ts";
import type { UploadSummary } from "../api-types.ts";
import type { AppDeps, AppEnv } from "../app-env.ts";
import { AppError, notFound } from "../app-error.ts";
import { authorize } from "../auth/authorize.ts";
import { receiveUpload } from "../uploads/receive-upload.ts";

export const uploadSummary = (u: Upload): UploadSummary => ({
  id: u.id,
  filename: u.filename,
  bytes: u.bytes,
  sha256: u.sha256,
  format: u.format as UploadSummary["format"],
  columns: u.columns,
  guess: u.guess as UploadSummary["guess"],
  createdAt: u.createdAt,
  createdBy: u.createdBy,
});

export function uploadRoutes(deps: AppDeps) {
  const { store } = deps;
  return new Hono<AppEnv>()
    .put("/uploads", authorize("runAudits"), async (c) => {
      const user = c.get("user")!;
      const filename = c.req.query("filename");
      if (!filename)
        throw new AppError(
          400,
          "invalid-input",
          "api.invalid-input",
          { field: "filename", detail: "required" },
          "filename",
        );
      const upload = await receiveUpload(deps, user, filename, c.req.raw.body);
      await logActivity(store, user, "upload.create", upload.filename, deps.now(), {
        bytes: upload.bytes,
        sha256: upload.sha256,
      });
      return c.json(uploadSummary(upload), 201);
    })
    .get("/uploads", authorize("viewAudits"), async (c) => {
      const user = c.get("user")!;
      return c.json((await store.listUploads(user.organisationId)).map(uploadSummary));
    })
    .get("/uploads/:id/values/:column", authorize("runAudits"), async (c) => {
      const user = c.get("user")!;
      const upload = await store.getUpload(user.organisationId, c.req.param("id"));
      if (!upload) throw notFound();
      const column = c.req.param("column");
      if (!upload.columns.includes(column)) throw notFound();
      return c.json(await distinctValues(upload.path, column));
    })
    .delete("/uploads/:id", authorize("deleteData"), async (c) => {
      const user = c.get("user")!;
      const removed = await store.deleteUpload(user.organisationId, c.req.param("id"));
      if (!removed) throw notFound();
      await rm(removed.path, { force: true });
      await logActivity(store, user, "upload.delete", removed.filename, deps.now());
      return c.body(null, 204);
    });
}
