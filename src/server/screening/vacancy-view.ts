import { applicationFormFields } from "../../core/screening/application-form.ts";
import { checkVacancy } from "../../core/screening/check-vacancy.ts";
import type {
  ScreeningLogEntry,
  StoredApplication,
  StoredVacancy,
  VacancyCounts,
} from "../../store/store.ts";
import type { PreferentialPolicy, VacancyDetail, VacancySummary } from "../api-types.ts";

export const vacancySummary = (v: StoredVacancy & VacancyCounts): VacancySummary => ({
  id: v.id,
  title: v.definition.title,
  status: v.status,
  version: v.version,
  applications: v.applications,
  undecided: v.undecided,
  publicToken: v.publicToken,
  createdAt: v.createdAt,
  updatedAt: v.updatedAt,
});

export const vacancyDetail = (v: StoredVacancy & VacancyCounts): VacancyDetail => ({
  ...vacancySummary(v),
  definition: v.definition,
  preferentialPolicy: v.preferentialPolicy as PreferentialPolicy | null,
  monitoring: v.monitoring,
  check: checkVacancy(v.definition),
  formFields: applicationFormFields(v.definition),
});

/** Counts of one vacancy from its applications and log (as listVacancies counts them). */
export function countsOf(
  applications: readonly StoredApplication[],
  log: readonly ScreeningLogEntry[],
): VacancyCounts {
  const decided = new Set(log.filter((e) => e.kind === "decision").map((e) => e.applicationId));
  return {
    applications: applications.length,
    undecided: applications.filter((a) => !decided.has(a.id)).length,
  };
}

/** The preferential policy counts only when switched on. */
export const activePolicy = (v: StoredVacancy): PreferentialPolicy | null => {
  const policy = v.preferentialPolicy as PreferentialPolicy | null;
  return policy?.enabled ? policy : null;
};

/** "A-0007": the reference reviewers see instead of a name. */
export const applicationReference = (number: number): string => `A-${String(number).padStart(4, "0")}`;
