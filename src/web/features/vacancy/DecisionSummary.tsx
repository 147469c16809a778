import type { DecisionState } from "../../../server/api-types.ts";
import { formatDateTime } from "../../i18n/format-date-time.ts";
import { useT } from "../../i18n/use-t.ts";

/** The latest decision in a few words: what, by whom, when, and the reason of an override. */
export function DecisionSummary({ decision }: { readonly decision: DecisionState | null }) {
  const { t, language } = useT();
  if (!decision) return <span className="muted">{t("decision.none")}</span>;
  const by =
    decision.deciderKind === "system"
      ? t("decision.bySystem")
      : (decision.deciderName ?? t("decision.someone"));
  return (
    <>
      <strong>{t(`decision.${decision.decision}`)}</strong>
      <span className="row-note">
        {t("decision.by", { by, date: formatDateTime(language, decision.at) })}
      </span>
      {decision.override && (
        <span className="row-note">
          {t("decision.override")}
          {decision.reason ? `: ${decision.reason}` : ""}
        </span>
      )}
    </>
  );
}
