import type { Classification } from "../../../core/assessment/evaluate-assessment.ts";
import { useT } from "../../i18n/use-t.ts";

/** The AI Act classification as a badge: red for high-risk, neutral otherwise. */
export function ClassificationBadge({ classification }: { readonly classification: Classification }) {
  const { t } = useT();
  return (
    <span className={`status-badge classification-${classification}`}>
      {t(`assessment.classification.${classification}`)}
    </span>
  );
}
