import type { Evidence } from "../../../core/assessment/assessment-model.ts";
import { Link } from "../../components/Link.tsx";
import { useT } from "../../i18n/use-t.ts";
import { evidenceLink } from "./evidence-options.ts";

/** The evidence linked to an answer; with `onRemove`, each can be taken off again. */
export function EvidenceList({
  evidence,
  onRemove,
}: {
  readonly evidence: readonly Evidence[];
  readonly onRemove?: (evidence: Evidence) => void;
}) {
  const { t } = useT();
  if (evidence.length === 0) return onRemove ? <p className="hint">{t("assessment.evidence.none")}</p> : null;
  return (
    <ul className="evidence-list">
      {evidence.map((e) => {
        const to = evidenceLink(e);
        return (
          <li key={`${e.kind}:${e.ref}`}>
            <span className="evidence-kind">{t(`assessment.evidence.kind.${e.kind}`)}:</span>{" "}
            {to ? <Link to={to}>{e.label}</Link> : <span>{e.label}</span>}
            {onRemove && (
              <button type="button" className="button button-small" onClick={() => onRemove(e)}>
                {t("assessment.evidence.remove")}
                <span className="visually-hidden"> {e.label}</span>
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
