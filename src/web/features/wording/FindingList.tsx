import type { WordingFinding } from "../../../core/wording/wording-finding.ts";
import { BASIS_LABELS, CATEGORY_LABELS } from "../../../core/wording/wording-labels.ts";
import { useT } from "../../i18n/use-t.ts";

/** Each finding: where, why (the law or the study), the advice, and its rewrite to accept. */
export function FindingList({
  findings,
  accepted,
  onToggle,
}: {
  readonly findings: readonly WordingFinding[];
  readonly accepted: ReadonlySet<string>;
  readonly onToggle: (id: string, on: boolean) => void;
}) {
  const { t, language } = useT();
  if (findings.length === 0) return <p className="empty">{t("wording.none")}</p>;
  const show = (id: string) => {
    const mark = document.getElementById(`mark-${id}`);
    mark?.scrollIntoView({ block: "center", behavior: "smooth" });
    mark?.classList.add("wording-mark-flash");
    window.setTimeout(() => mark?.classList.remove("wording-mark-flash"), 1500);
  };
  return (
    <ol className="wording-finding-list">
      {findings.map((f) => {
        const checkbox = `accept-${f.id}`;
        return (
          <li key={f.id} className={`wording-finding wording-border-${f.category}`}>
            <p className="wording-finding-head">
              <strong>{CATEGORY_LABELS[language][f.category]}</strong>{" "}
              <span className="wording-basis">({BASIS_LABELS[language][f.basis]})</span>
              {f.kind === "span" ? (
                <>
                  {": "}
                  <q>{f.text}</q>{" "}
                  <button type="button" className="button button-small" onClick={() => show(f.id)}>
                    {t("wording.showInText")}
                  </button>
                </>
              ) : (
                <>: {t("wording.missing")}</>
              )}
            </p>
            <p>{f.explanation[language]}</p>
            <p>
              <strong>{t("wording.advice")}</strong> {f.suggestion[language]}
            </p>
            {f.replacement !== null ? (
              <div className="checkbox">
                <input
                  id={checkbox}
                  type="checkbox"
                  checked={accepted.has(f.id)}
                  onChange={(e) => onToggle(f.id, e.target.checked)}
                />
                <label htmlFor={checkbox}>
                  {f.kind === "missing" ? t("wording.acceptAdd") : t("wording.acceptReplace")}{" "}
                  <q>{f.replacement.trim()}</q>
                </label>
              </div>
            ) : (
              <p className="hint">{t("wording.noRewrite")}</p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
