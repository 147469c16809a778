import type { Question } from "../../../core/assessment/assessment-model.ts";
import { useT } from "../../i18n/use-t.ts";

/** Where a question comes from, as citations, each marked as law or good practice. */
export function QuestionSources({ question }: { readonly question: Question }) {
  const { t } = useT();
  return (
    <div className="question-sources">
      <span className="sources-label">{t("assessment.sources")}</span>
      <ul>
        {question.sources.map((s) => (
          <li key={s.label}>
            <cite>{s.label}</cite>{" "}
            <span className="source-force">
              ({s.force === "law" ? t("assessment.force.law") : t("assessment.force.practice")})
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
