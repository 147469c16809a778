import { Hono } from "hono";
import { DEFAULT_MIN_GROUP } from "../../core/audit/audit-options.ts";
import { MONITORING_ATTRIBUTES } from "../../core/screening/decision-log-rows.ts";
import { logActivity } from "../activity.ts";
import { validJson } from "../api-schemas.ts";
import { MONITORING_QUESTIONS, type MonitoringSummary, type ScreeningAuditResponse } from "../api-types.ts";
import type { AppDeps, AppEnv } from "../app-env.ts";
import { AppError, notFound } from "../app-error.ts";
import { authorize } from "../auth/authorize.ts";
import { logAudits } from "../screening/log-audits.ts";
import { screeningAuditSchema } from "../screening/screening-schemas.ts";

export function screeningAuditRoutes(deps: AppDeps) {
  const { store } = deps;
  return new Hono<AppEnv>()
    .post("/screening/audits", authorize("auditScreening"), validJson(screeningAuditSchema), async (c) => {
      const user = c.get("user")!;
      const { vacancyId } = c.req.valid("json");
      if (vacancyId !== undefined && !(await store.getVacancy(user.organisationId, vacancyId)))
        throw notFound();
      const now = deps.now();
      const audits = await logAudits({
        store,
        organisationId: user.organisationId,
        vacancyId,
        language: c.get("language"),
        version: deps.version,
        now,
      });
      if (audits.length === 0) throw new AppError(422, "nothing-to-audit", "api.nothing-to-audit");
      const saved: { s: Awaited<ReturnType<typeof store.createAudit>>; a: (typeof audits)[number] }[] = [];
      for (const a of audits) {
        const s = await store.createAudit({
          organisationId: user.organisationId,
          createdBy: user.id,
          uploadId: null,
          filename: a.document.provenance.input.path as string,
          title: a.title,
          request: a.request,
          document: a.document,
          rows: a.document.rows,
          findings: a.document.findings,
          createdAt: now.toISOString(),
        });
        saved.push({ s, a });
        await logActivity(store, user, "audit.create", s.title, now, {
          auditId: s.id,
          vacancyId: vacancyId ?? null,
        });
      }
      const response: ScreeningAuditResponse = {
        audits: saved.map(({ s, a }) => ({
          view: a.view,
          deciderName: a.deciderName,
          id: s.id,
          title: s.title,
          createdAt: s.createdAt,
          createdBy: user.name,
          uploadId: null,
          filename: s.filename,
          rows: s.rows,
          findings: s.findings as ScreeningAuditResponse["audits"][number]["findings"],
        })),
      };
      return c.json(response, 201);
    })
    .get("/vacancies/:id/monitoring", authorize("viewMonitoring"), async (c) => {
      const user = c.get("user")!;
      const vacancy = await store.getVacancy(user.organisationId, c.req.param("id"));
      if (!vacancy) throw notFound();
      await store.deleteExpiredMonitoring(deps.now().toISOString());
      const records = await store.monitoringForAggregates(user.organisationId, { vacancyId: vacancy.id });
      const minGroup = DEFAULT_MIN_GROUP;
      const shown = (n: number) => (n >= minGroup ? n : null);
      const summary: MonitoringSummary = {
        responses: shown(records.length),
        minGroup,
        questions: MONITORING_ATTRIBUTES.map((question) => ({
          question,
          counts: suppressedCounts(
            MONITORING_QUESTIONS[question].map((answer) => ({
              answer,
              count: records.filter((r) => r.answers[question] === answer).length,
            })),
            records.length >= minGroup,
            minGroup,
          ),
        })),
      };
      await logActivity(store, user, "monitoring.view", vacancy.definition.title.en, deps.now(), {
        vacancyId: vacancy.id,
      });
      return c.json(summary);
    });
}

/**
 * Counts below the minimum group size are hidden. When the total is shown, the hidden counts of a
 * question add up to the total minus the shown ones, so more are hidden (smallest first) until that
 * sum is 0 or at least the minimum group size.
 */
export function suppressedCounts(
  counts: readonly { answer: string; count: number }[],
  totalShown: boolean,
  minGroup: number,
): { answer: string; count: number | null }[] {
  const hidden = new Set(counts.filter((c) => c.count < minGroup).map((c) => c.answer));
  const hiddenSum = () => counts.reduce((s, c) => s + (hidden.has(c.answer) ? c.count : 0), 0);
  while (totalShown && hiddenSum() > 0 && hiddenSum() < minGroup) {
    const smallest = counts.filter((c) => !hidden.has(c.answer)).sort((a, b) => a.count - b.count)[0];
    if (!smallest) break;
    hidden.add(smallest.answer);
  }
  return counts.map((c) => ({ answer: c.answer, count: hidden.has(c.answer) ? null : c.count }));
}
