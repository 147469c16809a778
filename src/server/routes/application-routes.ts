import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { applicationFormFields } from "../../core/screening/application-form.ts";
import { logActivity } from "../activity.ts";
import { validJson } from "../api-schemas.ts";
import type { ApplicationCreated, ImportResponse, ReviewList } from "../api-types.ts";
import type { AppDeps, AppEnv } from "../app-env.ts";
import { AppError, notFound } from "../app-error.ts";
import { authorize, can } from "../auth/authorize.ts";
import { checkedFields } from "../screening/application-input.ts";
import { importApplications } from "../screening/import-applications.ts";
import { reviewItems } from "../screening/review-items.ts";
import { applicationSchema } from "../screening/screening-schemas.ts";
import { loadVacancyState } from "../screening/vacancy-state.ts";
import { applicationReference, countsOf, vacancyDetail } from "../screening/vacancy-view.ts";

/** Largest candidates file accepted for an import. */
const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export function applicationRoutes(deps: AppDeps) {
  const { store } = deps;
  return new Hono<AppEnv>()
    .get("/vacancies/:id/applications", authorize("viewScreening"), async (c) => {
      const user = c.get("user")!;
      const state = await loadVacancyState(store, user.organisationId, c.req.param("id"));
      const body: ReviewList = {
        vacancy: vacancyDetail({ ...state.vacancy, ...countsOf(state.applications, state.log) }),
        items: reviewItems(state, can(user.role, "manageCandidates")),
      };
      return c.json(body);
    })
    .post(
      "/vacancies/:id/applications",
      authorize("manageCandidates"),
      validJson(applicationSchema),
      async (c) => {
        const user = c.get("user")!;
        const vacancy = await store.getVacancy(user.organisationId, c.req.param("id"));
        if (!vacancy) throw notFound();
        const body = c.req.valid("json");
        const fields = checkedFields(applicationFormFields(vacancy.definition), body.fields, {
          requireKnockouts: false,
          language: c.get("language"),
        });
        const now = deps.now();
        const [created] = (await store.createApplications(
          user.organisationId,
          vacancy.id,
          [
            {
              organisationId: user.organisationId,
              vacancyId: vacancy.id,
              source: "entered",
              name: body.name,
              email: body.email ? body.email : null,
              fields,
              preferenceClaim: false,
              createdBy: user.id,
              statusTokenHash: null,
            },
          ],
          now.toISOString(),
        ))!;
        await logActivity(store, user, "application.create", vacancy.definition.title.en, now, {
          vacancyId: vacancy.id,
          applicationId: created!.id,
        });
        const body201: ApplicationCreated = {
          id: created!.id,
          number: created!.number,
          reference: applicationReference(created!.number),
        };
        return c.json(body201, 201);
      },
    )
    .post(
      "/vacancies/:id/applications/import",
      authorize("manageCandidates"),
      bodyLimit({
        maxSize: MAX_IMPORT_BYTES,
        onError: () => {
          throw new AppError(413, "upload-too-large", "api.upload-too-large", { limit: "50 MB" });
        },
      }),
      async (c) => {
        const user = c.get("user")!;
        const vacancy = await store.getVacancy(user.organisationId, c.req.param("id"));
        if (!vacancy) throw notFound();
        const filename = (c.req.query("filename") ?? "candidates").slice(0, 200);
        const body = new Uint8Array(await c.req.arrayBuffer());
        if (body.byteLength === 0) throw new AppError(400, "upload-empty", "api.upload-empty");
        const { applications, droppedColumns } = await importApplications({
          vacancy,
          body,
          contentType: c.req.header("content-type") ?? "",
          filename,
          dataDir: deps.dataDir,
          userId: user.id,
          language: c.get("language"),
        });
        const now = deps.now();
        await store.createApplications(user.organisationId, vacancy.id, applications, now.toISOString());
        await logActivity(store, user, "application.import", filename, now, {
          vacancyId: vacancy.id,
          imported: applications.length,
          droppedColumns,
        });
        const response: ImportResponse = { imported: applications.length, droppedColumns };
        return c.json(response, 201);
      },
    );
}
