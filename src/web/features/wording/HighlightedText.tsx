import type { WordingFinding } from "../../../core/wording/wording-finding.ts";
import { CATEGORY_LABELS } from "../../../core/wording/wording-labels.ts";
import { useT } from "../../i18n/use-t.ts";
import { textSegments } from "./text-segments.ts";

/**
 * The text with every finding's words marked (<mark>, one colour per category, the category named
 * for assistive technology). The findings list beside it is the full account; this shows where.
 */
export function HighlightedText({
  text,
  findings,
}: {
  readonly text: string;
  readonly findings: readonly WordingFinding[];
}) {
  const { t, language } = useT();
  const byId = new Map(findings.map((f) => [f.id, f]));
  return (
    <div className="wording-text">
      {textSegments(text, findings).map((segment) => {
        if (segment.findingIds.length === 0) return <span key={segment.start}>{segment.text}</span>;
        const covering = segment.findingIds.map((id) => byId.get(id)!).filter(Boolean);
        const first = covering[0]!;
        const label = covering.map((f) => CATEGORY_LABELS[language][f.category]).join(", ");
        return (
          <mark
            key={segment.start}
            id={`mark-${first.id}`}
            className={`wording-mark wording-${first.category}`}
            title={label}
          >
            {segment.text}
            <span className="visually-hidden"> ({t("wording.markedAs", { categories: label })})</span>
          </mark>
        );
      })}
    </div>
  );
}
