import { type ScreeningResult, screenCandidates } from "../../core/screening/screen-candidates.ts";
import type { StoredApplication, StoredVacancy } from "../../store/store.ts";

/**
 * The engine's current results for every application of a vacancy, by application id. The
 * population statistics (outliers, rare combinations) are over the vacancy's applications, as in the
 * CLI; protected columns never reach the engine's rules (candidateView drops them).
 */
export function screenApplications(
  vacancy: StoredVacancy,
  applications: readonly StoredApplication[],
): Map<string, ScreeningResult> {
  const results = screenCandidates(
    vacancy.definition,
    applications.map((a) => ({ id: a.id, fields: a.fields })),
  );
  return new Map(results.map((r) => [r.id, r]));
}
