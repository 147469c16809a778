import { createHash } from "node:crypto";
import type { DiscoveryRow, DiscoveryTable } from "../../core/discovery/discovery-table.ts";
import { MIN_ROWS } from "../../core/discovery/prepare-table.ts";
import type { Language } from "../../core/i18n/language.ts";
import { translate } from "../../core/i18n/translate.ts";
import { applicationFormFields } from "../../core/screening/application-form.ts";
import { MONITORING_ATTRIBUTES } from "../../core/screening/decision-log-rows.ts";
import type { ScreeningLogEntry, Store } from "../../store/store.ts";
import { DECISION_LOG_DISCOVERY, type DiscoveryRequest } from "../api-types.ts";
import { AppError, notFound } from "../app-error.ts";
import { applicationReference } from "../screening/vacancy-view.ts";
import type { DiscoveryInput } from "./discovery-input.ts";

const isMonitoring = (column: string) => (MONITORING_ATTRIBUTES as readonly string[]).includes(column);

/**
 * A vacancy's screening decision log as a discovery table (see DECISION_LOG_DISCOVERY): one row per
 * application with a decision, the latest one counting; applications not decided yet are left out.
 * The features are the application's form fields, never monitoring data. The monitoring answers are
 * joined only when they are named as protected attributes and the role may see monitoring aggregates,
 * and only for the composition of the groups (suppressed below the minimum group size by the core) and
 * the proxy check; otherwise they are left out and never read. Expired answers are deleted first.
 */
export async function decisionLogDiscoveryInput(input: {
  readonly store: Store;
  readonly organisationId: string;
  readonly vacancyId: string;
  readonly request: DiscoveryRequest;
  readonly mayViewMonitoring: boolean;
  readonly language: Language;
  readonly now: Date;
}): Promise<DiscoveryInput> {
  const { store, organisationId, vacancyId, request } = input;
  const vacancy = await store.getVacancy(organisationId, vacancyId);
  if (!vacancy) throw notFound();
  const [applications, log] = await Promise.all([
    store.listApplications(organisationId, vacancyId),
    store.listScreeningLog(organisationId, { vacancyId }),
  ]);
  const latest = new Map<string, ScreeningLogEntry>();
  for (const entry of log) {
    if (entry.kind === "decision" && entry.applicationId !== null && entry.decision !== null)
      latest.set(entry.applicationId, entry);
  }
  const decided = applications.filter((a) => latest.has(a.id));
  if (decided.length < MIN_ROWS) {
    throw new AppError(422, "too-few-decisions", "api.discovery-too-few-decisions", {
      count: decided.length,
      required: MIN_ROWS,
    });
  }

  // Monitoring answers only as protected attributes, only for roles that may see their aggregates.
  const requested = request.protected ?? [];
  const protectedColumns = requested.filter((p) => input.mayViewMonitoring || !isMonitoring(p));
  const joined = protectedColumns.filter(isMonitoring);
  let answers = new Map<string, Readonly<Record<string, string>>>();
  if (joined.length > 0) {
    await store.deleteExpiredMonitoring(input.now.toISOString());
    const records = await store.monitoringForAggregates(organisationId, { vacancyId });
    answers = new Map(records.map((r) => [r.applicationId, r.answers]));
  }

  // The form's fields in its order, then any field an older version of the vacancy asked for.
  const fields = applicationFormFields(vacancy.definition).map((f) => f.field);
  for (const a of decided) for (const f of Object.keys(a.fields)) if (!fields.includes(f)) fields.push(f);
  const { outcome, id: referenceColumn } = DECISION_LOG_DISCOVERY;
  const rows: DiscoveryRow[] = decided.map((a) => {
    const row: Record<string, string | null> = { [referenceColumn]: applicationReference(a.number) };
    for (const f of fields) row[f] = a.fields[f] ?? null;
    row[outcome] = latest.get(a.id)!.decision === "advance" ? "1" : "0";
    for (const m of joined) {
      const value = answers.get(a.id)?.[m];
      row[m] = value === undefined || value === "no-answer" ? null : value;
    }
    return row;
  });
  const id = request.id ?? referenceColumn;
  const table: DiscoveryTable = {
    rows,
    outcome: request.outcome,
    worse: request.worse,
    features: request.features ?? fields.filter((f) => f !== id && !protectedColumns.includes(f)),
    ...(protectedColumns.length > 0 ? { protected: protectedColumns } : {}),
    id,
  };
  // Which state of the log the figures describe: the decisions used, by their entries' ids.
  const sha256 = createHash("sha256")
    .update(JSON.stringify(decided.map((a) => latest.get(a.id)!.id)))
    .digest("hex");
  return {
    table,
    label: translate(input.language, "discovery.decision-log", {
      title: vacancy.definition.title[input.language],
    }),
    sha256,
    monitoring: joined.length > 0,
  };
}
