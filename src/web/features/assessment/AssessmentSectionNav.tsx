import type { Section } from "../../../core/assessment/assessment-model.ts";
import type { AssessmentEvaluation } from "../../../core/assessment/evaluate-assessment.ts";
import { formatCount } from "../../../core/report/format-number.ts";
import { useT } from "../../i18n/use-t.ts";

/**
 * The parts of the questionnaire, one shown at a time, each with its progress (answered of shown) and
 * the actions its answers opened. Buttons, not links: the parts are steps of one page.
 */
export function AssessmentSectionNav({
  sections,
  evaluation,
  current,
  onSelect,
}: {
  readonly sections: readonly Section[];
  readonly evaluation: AssessmentEvaluation;
  readonly current: number;
  readonly onSelect: (index: number) => void;
}) {
  const { t, language } = useT();
  return (
    <nav aria-label={t("assessment.partsLabel")} className="assessment-parts">
      <ol>
        {sections.map((section, i) => {
          const progress = evaluation.sections.find((s) => s.id === section.id);
          const shown = progress?.shown ?? 0;
          const answered = progress?.answered ?? 0;
          // Open items among the answered questions (unanswered ones are counted by "answered").
          const toAct = (progress?.open ?? 0) - (shown - answered);
          return (
            <li key={section.id}>
              <button
                type="button"
                className="part-button"
                aria-current={i === current ? "step" : undefined}
                onClick={() => onSelect(i)}
              >
                <span className="part-title">{section.title[language]}</span>
                <span className="part-progress">
                  {t("assessment.partProgress", {
                    answered: formatCount(language, answered),
                    shown: formatCount(language, shown),
                  })}
                  {toAct > 0 && ` · ${t("assessment.partOpen", { count: formatCount(language, toAct) })}`}
                  {shown > 0 && answered === shown && toAct === 0 && ` · ${t("assessment.partDone")}`}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
