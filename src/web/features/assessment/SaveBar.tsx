import type { Questionnaire } from "../../../core/assessment/assessment-model.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { useT } from "../../i18n/use-t.ts";
import type { DraftProblem } from "./answer-draft.ts";

/** What the last save (or reload) did, shown beside the Save button. */
export type SaveState =
  | { readonly kind: "idle" }
  | { readonly kind: "saved"; readonly version: number }
  | { readonly kind: "nothing" }
  | { readonly kind: "problems" }
  /** A refusal; `questionId` when the server names the question (the message is shown there too). */
  | { readonly kind: "error"; readonly error: unknown; readonly questionId: string | null }
  | { readonly kind: "conflict"; readonly message: string }
  | { readonly kind: "rebased"; readonly version: number; readonly conflicts: readonly string[] }
  | { readonly kind: "discarded"; readonly version: number };

interface SaveBarProps {
  readonly questionnaire: Questionnaire;
  readonly state: SaveState;
  readonly baseVersion: number;
  readonly dirty: boolean;
  readonly busy: boolean;
  readonly problems: ReadonlyMap<string, DraftProblem>;
  readonly onSave: () => void;
  readonly onLoadLatest: (keepMine: boolean) => void;
  readonly onGoTo: (questionId: string) => void;
}

/**
 * Save as the next version; the outcome beside it: saved, nothing to save, what to fix first, or
 * the refusal of a stale version with the choice to load the latest (keeping one's own changes on top,
 * or not). Until the user chooses, their answers stay on screen.
 */
export function SaveBar({
  questionnaire,
  state,
  baseVersion,
  dirty,
  busy,
  problems,
  onSave,
  onLoadLatest,
  onGoTo,
}: SaveBarProps) {
  const { t, language } = useT();
  const textOf = (id: string) =>
    questionnaire.sections.flatMap((s) => s.questions).find((q) => q.id === id)?.text[language] ?? id;
  const status =
    state.kind === "saved" && !dirty
      ? t("assessment.save.saved", { version: state.version })
      : dirty
        ? t("assessment.save.unsaved")
        : state.kind === "nothing"
          ? t("assessment.save.nothing", { version: baseVersion })
          : baseVersion === 0
            ? t("assessment.save.neverSaved")
            : t("assessment.save.upToDate", { version: baseVersion });
  return (
    <div className="save-area">
      <div className="form-actions">
        <button type="button" className="button button-primary" onClick={onSave} disabled={busy}>
          {busy ? t("common.busy") : t("assessment.save.button", { version: baseVersion + 1 })}
        </button>
        <p className="hint" role="status">
          {status}
        </p>
      </div>
      {state.kind === "problems" && problems.size > 0 && (
        <div className="alert alert-error" role="alert">
          <p>{t("assessment.save.problems", { count: problems.size })}</p>
          <ul>
            {[...problems].map(([id, problem]) => (
              <li key={id}>
                <button type="button" className="link-button" onClick={() => onGoTo(id)}>
                  {textOf(id)}
                </button>
                :{" "}
                {t(problem === "choose-answer" ? "assessment.save.chooseAnswer" : "assessment.save.dueDate")}
              </li>
            ))}
          </ul>
        </div>
      )}
      {state.kind === "error" && (
        <>
          <ErrorAlert error={state.error} />
          {state.questionId && (
            <button type="button" className="button button-small" onClick={() => onGoTo(state.questionId!)}>
              {t("assessment.save.goToQuestion")}
            </button>
          )}
        </>
      )}
      {state.kind === "conflict" && (
        <div className="alert alert-error conflict" role="alert">
          <p>{state.message}</p>
          <p>{t("assessment.save.conflictKept")}</p>
          <div className="actions">
            <button type="button" className="button" onClick={() => onLoadLatest(true)} disabled={busy}>
              {t("assessment.save.loadKeep")}
            </button>
            <button
              type="button"
              className="button button-danger"
              onClick={() => onLoadLatest(false)}
              disabled={busy}
            >
              {t("assessment.save.loadDiscard")}
            </button>
          </div>
        </div>
      )}
      {state.kind === "rebased" && (
        <div className="alert alert-info" role="status">
          <p>{t("assessment.save.rebased", { version: state.version })}</p>
          {state.conflicts.length > 0 && (
            <>
              <p>{t("assessment.save.rebasedConflicts")}</p>
              <ul>
                {state.conflicts.map((id) => (
                  <li key={id}>
                    <button type="button" className="link-button" onClick={() => onGoTo(id)}>
                      {textOf(id)}
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      {state.kind === "discarded" && (
        <p className="alert alert-info" role="status">
          {t("assessment.save.discarded", { version: state.version })}
        </p>
      )}
    </div>
  );
}
