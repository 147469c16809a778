import { formatNumber } from "../../../core/screening/plain-language.ts";
import type { ApplicationReviewItem, VacancyDetail } from "../../../server/api-types.ts";
import { can } from "../../app/permissions.ts";
import { useUser } from "../../app/session-context.tsx";
import { useT } from "../../i18n/use-t.ts";
import { DecisionForm } from "./DecisionForm.tsx";
import { DecisionSummary } from "./DecisionSummary.tsx";
import { LetterPanel } from "./LetterPanel.tsx";
import { ResultDetails } from "./ResultDetails.tsx";

interface TieBreakChoice {
  readonly chosen: boolean;
  readonly onChoose: (on: boolean) => void;
}

/** One candidate in the ranked list, and (expanded) the evidence, the decision and the letter. */
export function ReviewRow({
  vacancy,
  item,
  columns,
  expanded,
  onToggle,
  tieBreak,
  onChange,
}: {
  readonly vacancy: VacancyDetail;
  readonly item: ApplicationReviewItem;
  readonly columns: number;
  readonly expanded: boolean;
  readonly onToggle: () => void;
  readonly tieBreak: TieBreakChoice | null;
  readonly onChange: () => void;
}) {
  const { t, language } = useT();
  const user = useUser();
  const r = item.result;
  const detailsId = `details-${item.id}`;
  return (
    <>
      <tr className={expanded ? "row-expanded" : undefined}>
        {tieBreak && (
          <td>
            <input
              type="checkbox"
              checked={tieBreak.chosen}
              onChange={(e) => tieBreak.onChoose(e.target.checked)}
              aria-label={t("review.chooseTie", { reference: item.reference })}
            />
          </td>
        )}
        <td className="numeric">{item.rank}</td>
        <th scope="row">
          {item.reference}
          {item.contact && <span className="row-note">{item.contact.name}</span>}
        </th>
        <td className="numeric">
          {t("review.score", {
            score: formatNumber(r.score, language),
            max: formatNumber(r.maxScore, language),
          })}
        </td>
        <td>
          <span className={`recommendation recommendation-${r.recommendation}`}>
            {t(`recommendation.${r.recommendation}`)}
          </span>
        </td>
        <td>
          {r.knockout ? (
            <>
              {r.automatic ? t("review.knockoutAutomatic") : t("review.knockoutPerson")}
              <span className="row-note">{r.knockout.label[language]}</span>
            </>
          ) : r.knockoutsUnknown.length > 0 ? (
            t("review.knockoutUnknown")
          ) : (
            <span className="muted">{t("review.knockoutNone")}</span>
          )}
        </td>
        <td>
          {r.atypical.flagged ? (
            <>
              {t("review.atypicalYes")}
              <span className="row-note">
                {[...new Set(r.atypical.reasons.map((a) => t(`atypical.${a.code}`)))].join(", ")}
              </span>
            </>
          ) : (
            <span className="muted">{t("review.atypicalNo")}</span>
          )}
        </td>
        <td>
          <DecisionSummary decision={item.decision} />
        </td>
        <td>
          <button
            type="button"
            className="button button-small nowrap"
            aria-expanded={expanded}
            aria-controls={expanded ? detailsId : undefined}
            onClick={onToggle}
          >
            {expanded ? t("review.hide") : t("review.show")}
            <span className="visually-hidden"> {item.reference}</span>
          </button>
        </td>
      </tr>
      {expanded && (
        <tr className="details-row">
          <td colSpan={columns} id={detailsId}>
            <ResultDetails vacancy={vacancy} item={item} />
            {can(user.role, "decideCandidates") && (
              <DecisionForm
                vacancyId={vacancy.id}
                vacancyVersion={vacancy.version}
                item={item}
                onDone={onChange}
              />
            )}
            {can(user.role, "manageCandidates") && item.decision && (
              <LetterPanel vacancyId={vacancy.id} item={item} onDone={onChange} />
            )}
          </td>
        </tr>
      )}
    </>
  );
}
