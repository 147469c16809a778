import { useState } from "react";
import { formatNumber } from "../../../core/screening/plain-language.ts";
import type { ApplicationReviewItem, TieBreakResponse } from "../../../server/api-types.ts";
import { api } from "../../api/client.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { useT } from "../../i18n/use-t.ts";

/**
 * The preferential policy as the tie-breaker it is: the reviewer chooses candidates of equal score and
 * asks the server which of them asked to be considered under the policy. Unequal scores are refused.
 */
export function TieBreakBar({
  vacancyId,
  items,
  chosen,
  onDone,
}: {
  readonly vacancyId: string;
  readonly items: readonly ApplicationReviewItem[];
  readonly chosen: readonly string[];
  readonly onDone: () => void;
}) {
  const { t, language } = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [result, setResult] = useState<TieBreakResponse | null>(null);
  const reference = (id: string) => items.find((i) => i.id === id)?.reference ?? id;
  const references = (ids: readonly string[]) => ids.map(reference).join(", ");
  const run = async () => {
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      setResult(await api.tieBreak(vacancyId, { applicationIds: chosen }));
      onDone();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="tie-heading" className="tie-break">
      <h3 id="tie-heading">{t("tie.title")}</h3>
      <p className="hint">{t("tie.intro")}</p>
      <div className="compare-bar">
        <button type="button" className="button" onClick={run} disabled={busy || chosen.length < 2}>
          {t("tie.button")}
        </button>
        <p className="hint" role="status">
          {t("tie.chosen", { count: chosen.length })}
        </p>
      </div>
      <ErrorAlert error={error} />
      {result && (
        <p className="alert alert-info" role="status">
          {t("tie.result", {
            score: formatNumber(result.score, language),
            candidates: references(result.applicationIds),
          })}{" "}
          {result.preferred.length > 0
            ? t("tie.preferred", { candidates: references(result.preferred) })
            : t("tie.nonePreferred")}
        </p>
      )}
    </section>
  );
}
