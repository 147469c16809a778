import type { AssessmentEvaluation, Severity } from "../../../core/assessment/evaluate-assessment.ts";
import { formatCount } from "../../../core/report/format-number.ts";
import { useT } from "../../i18n/use-t.ts";
import { ClassificationBadge } from "./ClassificationBadge.tsx";

const count = (evaluation: AssessmentEvaluation, severity: Severity) =>
  evaluation.actions.filter((a) => a.severity === severity).length;

/**
 * Where the assessment stands, recomputed from the answers on screen as they change (before saving):
 * the classification and why, the FRIA, the provider role, progress, and, prominently, a prohibited
 * practice.
 */
export function EvaluationSummary({
  evaluation,
  live,
}: {
  readonly evaluation: AssessmentEvaluation;
  /** The answers can change here (the figures follow them before saving). */
  readonly live: boolean;
}) {
  const { t, language } = useT();
  const classification = t(`assessment.classification.${evaluation.classification}`);
  return (
    <section className="summary assessment-summary" aria-labelledby="standing-heading">
      <h2 id="standing-heading">{t("assessment.standing")}</h2>
      {live && <p className="hint">{t("assessment.standingLive")}</p>}
      {evaluation.prohibited && (
        <div className="alert alert-error alert-prohibited" role="alert">
          <strong>{t("assessment.prohibitedTitle")}</strong> {t("assessment.prohibitedText")}
        </div>
      )}
      <dl className="facts-list">
        <div>
          <dt>{t("assessment.classificationLabel")}</dt>
          <dd>
            <ClassificationBadge classification={evaluation.classification} />
            <span className="classification-reason">{evaluation.classificationReason[language]}</span>
          </dd>
        </div>
        <div>
          <dt>{t("assessment.fria")}</dt>
          <dd>{evaluation.friaRequired ? t("assessment.friaRequired") : t("assessment.friaRecommended")}</dd>
        </div>
        {evaluation.providerRole && (
          <div>
            <dt>{t("assessment.provider")}</dt>
            <dd>{t("assessment.providerText")}</dd>
          </div>
        )}
        <div>
          <dt>{t("assessment.answered")}</dt>
          <dd>
            {t("assessment.answeredOf", {
              answered: formatCount(language, evaluation.answered),
              shown: formatCount(language, evaluation.shown),
            })}
          </dd>
        </div>
        <div>
          <dt>{t("assessment.openActions")}</dt>
          <dd>
            {t("assessment.openActionsCount", {
              count: formatCount(language, evaluation.actions.length),
              critical: formatCount(language, count(evaluation, "critical")),
              required: formatCount(language, count(evaluation, "required")),
              recommended: formatCount(language, count(evaluation, "recommended")),
            })}
          </dd>
        </div>
      </dl>
      {live && (
        <p className="visually-hidden" role="status">
          {t("assessment.classificationStatus", { classification })}
        </p>
      )}
    </section>
  );
}
