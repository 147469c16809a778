import { createHash } from "node:crypto";
import { audit } from "../../core/audit/audit.ts";
import { cellsFromRows } from "../../core/audit/cells-from-rows.ts";
import type { Language } from "../../core/i18n/language.ts";
import { translate } from "../../core/i18n/translate.ts";
import { type AuditDocument, auditDocument } from "../../core/report/audit-document.ts";
import { decisionLogRows, MONITORING_ATTRIBUTES } from "../../core/screening/decision-log-rows.ts";
import type { Store } from "../../store/store.ts";

export interface LogAudit {
  readonly view: "recommendation" | "decision" | "decider";
  readonly deciderName: string | null;
  readonly title: string;
  readonly request: Record<string, unknown>;
  readonly document: AuditDocument;
}

/**
 * The selection audit on a screening decision log (one vacancy or all): the system's
 * recommendations (the algorithm), the final decisions, and each person's decisions, by the
 * voluntary monitoring answers, joined here in aggregate only and shown with the audit's minimum
 * group size. Expired monitoring answers are deleted first, so they are never used.
 */
export async function logAudits(input: {
  readonly store: Store;
  readonly organisationId: string;
  readonly vacancyId: string | undefined;
  readonly language: Language;
  readonly version: string;
  readonly now: Date;
}): Promise<LogAudit[]> {
  const { store, organisationId, vacancyId, language } = input;
  await store.deleteExpiredMonitoring(input.now.toISOString());
  const scope = vacancyId === undefined ? {} : { vacancyId };
  const [log, monitoring, users] = await Promise.all([
    store.listScreeningLog(organisationId, scope),
    store.monitoringForAggregates(organisationId, scope),
    store.listUsers(organisationId),
  ]);
  const vacancyTitle =
    vacancyId === undefined
      ? translate(language, "screening.audit.all-vacancies")
      : ((await store.getVacancy(organisationId, vacancyId))?.definition.title[language] ?? vacancyId);
  const answers = new Map(monitoring.map((m) => [m.applicationId, m.answers]));
  const names = new Map(users.map((u) => [u.id, u.name]));
  const views = decisionLogRows(log, answers).filter(
    // The system's own decisions are only automatic knock-out rejections (all "reject"): the
    // recommendation view already audits the algorithm.
    (v) => v.rows.length > 0 && v.decider?.kind !== "system",
  );
  const digest = createHash("sha256")
    .update(JSON.stringify(log.map((e) => e.id)))
    .digest("hex");
  return views.map((view) => {
    const cells = cellsFromRows(view.rows, { attributes: MONITORING_ATTRIBUTES });
    const report = audit(cells, { protected: [...MONITORING_ATTRIBUTES] });
    const deciderName = view.decider?.userId ? (names.get(view.decider.userId) ?? view.decider.userId) : null;
    const title =
      view.view === "recommendation"
        ? translate(language, "screening.audit.recommendation", { vacancy: vacancyTitle })
        : view.view === "decision"
          ? translate(language, "screening.audit.decision", { vacancy: vacancyTitle })
          : translate(language, "screening.audit.decider", {
              vacancy: vacancyTitle,
              decider: deciderName ?? "",
            });
    const request = {
      source: "screening-log",
      vacancyId: vacancyId ?? null,
      view: view.view,
      decider: view.decider?.userId ?? null,
    };
    return {
      view: view.view,
      deciderName,
      title,
      request,
      document: auditDocument(report, {
        // The log entries' ids, hashed: which log state the figures describe.
        input: { path: `screening-log:${vacancyId ?? "all"}`, sha256: digest, format: "screening-log" },
        options: { ...request, protected: [...MONITORING_ATTRIBUTES] },
        version: input.version,
        generatedAt: input.now.toISOString(),
      }),
    };
  });
}
