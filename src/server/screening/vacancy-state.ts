import type { ScreeningResult } from "../../core/screening/screen-candidates.ts";
import type { ScreeningLogEntry, Store, StoredApplication, StoredVacancy } from "../../store/store.ts";
import { notFound } from "../app-error.ts";
import { screenApplications } from "./screen-applications.ts";

/** A vacancy with everything the review works on: its applications, its log and the engine's results. */
export interface VacancyState {
  readonly vacancy: StoredVacancy;
  readonly applications: readonly StoredApplication[];
  readonly log: readonly ScreeningLogEntry[];
  readonly results: ReadonlyMap<string, ScreeningResult>;
  /** The latest decision entry per application. */
  readonly decisions: ReadonlyMap<string, ScreeningLogEntry>;
  /** When the latest letter was sent, per application. */
  readonly letters: ReadonlyMap<string, string>;
  /** The latest logged recommendation per application (the one its decision was taken on). */
  readonly recommendations: ReadonlyMap<string, ScreeningLogEntry>;
}

/** Loads a vacancy of the organisation and screens its applications; 404 when it is not there. */
export async function loadVacancyState(
  store: Store,
  organisationId: string,
  vacancyId: string,
): Promise<VacancyState> {
  const vacancy = await store.getVacancy(organisationId, vacancyId);
  if (!vacancy) throw notFound();
  const [applications, log] = await Promise.all([
    store.listApplications(organisationId, vacancyId),
    store.listScreeningLog(organisationId, { vacancyId }),
  ]);
  const decisions = new Map<string, ScreeningLogEntry>();
  const letters = new Map<string, string>();
  const recommendations = new Map<string, ScreeningLogEntry>();
  for (const entry of log) {
    if (entry.applicationId === null) continue;
    if (entry.kind === "recommendation") recommendations.set(entry.applicationId, entry);
    if (entry.kind === "decision") decisions.set(entry.applicationId, entry);
    if (entry.kind === "letter") letters.set(entry.applicationId, entry.at);
  }
  return {
    vacancy,
    applications,
    log,
    results: screenApplications(vacancy, applications),
    decisions,
    letters,
    recommendations,
  };
}

/** The application of this vacancy with that id, with its result; 404 otherwise. */
export function applicationIn(
  state: VacancyState,
  applicationId: string,
): { application: StoredApplication; result: ScreeningResult } {
  const application = state.applications.find((a) => a.id === applicationId);
  const result = application && state.results.get(application.id);
  if (!application || !result) throw notFound();
  return { application, result };
}
