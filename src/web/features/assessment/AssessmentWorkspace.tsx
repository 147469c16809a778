import { useEffect, useMemo, useRef, useState } from "react";
import type { Answer } from "../../../core/assessment/assessment-model.ts";
import { ASSESSMENT_QUESTIONNAIRE } from "../../../core/assessment/assessment-questions.ts";
import { evaluateAssessment, isShown } from "../../../core/assessment/evaluate-assessment.ts";
import type { AssessmentDetail } from "../../../server/api-types.ts";
import { isApiRequestError } from "../../api/api-request-error.ts";
import { api } from "../../api/client.ts";
import { errorMessage } from "../../components/error-message.ts";
import { LeaveGuard } from "../../components/LeaveGuard.tsx";
import { useT } from "../../i18n/use-t.ts";
import { ActionList } from "./ActionList.tsx";
import { AssessmentSectionNav } from "./AssessmentSectionNav.tsx";
import {
  answersKey,
  answersToSave,
  type Draft,
  draftProblems,
  opensAction,
  questionOfServerField,
  rebaseDraft,
} from "./answer-draft.ts";
import { EvaluationSummary } from "./EvaluationSummary.tsx";
import { QuestionCard, questionHeadingId } from "./QuestionCard.tsx";
import { QuestionView } from "./QuestionView.tsx";
import { ReportExports } from "./ReportExports.tsx";
import { SaveBar, type SaveState } from "./SaveBar.tsx";
import { useEvidenceSources } from "./use-evidence-sources.ts";
import { VersionHistory } from "./VersionHistory.tsx";

const Q = ASSESSMENT_QUESTIONNAIRE;
const PART_HEADING = "assessment-part-heading";
const savedKeyOf = (answers: Draft) => answersKey(answersToSave(Q, answers, evaluateAssessment(Q, answers)));

/**
 * The questionnaire, one part at a time, with the evaluation recomputed as the answers change (the
 * same core code the server runs), the action list, versions and exports. Editable only for the latest
 * version and for HR and administrators; otherwise every answer is shown to read.
 */
export function AssessmentWorkspace({
  detail,
  editable,
  onDetail,
}: {
  readonly detail: AssessmentDetail;
  readonly editable: boolean;
  /** The server's newer state of the assessment (after a save or a reload). */
  readonly onDetail: (detail: AssessmentDetail) => void;
}) {
  const { t, language } = useT();
  const [draft, setDraft] = useState<Draft>(detail.answers);
  /** The saved answers the draft started from, and their version (sent as baseVersion). */
  const [base, setBase] = useState<Draft>(detail.answers);
  const [baseVersion, setBaseVersion] = useState(detail.version);
  const [part, setPart] = useState(0);
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [saveState, setSaveState] = useState<SaveState>({ kind: "idle" });
  const [checked, setChecked] = useState(false);
  const [appeared, setAppeared] = useState("");
  const sources = useEvidenceSources(editable);

  const evaluation = useMemo(() => evaluateAssessment(Q, draft), [draft]);
  const toSave = useMemo(() => answersToSave(Q, draft, evaluation), [draft, evaluation]);
  const savedKey = useMemo(() => savedKeyOf(base), [base]);
  const dirty = editable && answersKey(toSave) !== savedKey;
  const problems = useMemo(() => draftProblems(Q, draft), [draft]);
  const serverProblem =
    saveState.kind === "error" && saveState.questionId
      ? { questionId: saveState.questionId, text: errorMessage(saveState.error, t) }
      : null;

  const section = Q.sections[part] ?? Q.sections[0]!;
  const shown = section.questions.filter((q) => isShown(q, draft));
  const shownKey = shown.map((q) => q.id).join(" ");

  // A follow-up question that appears after the one answered is announced, since it appears below.
  const previousShown = useRef({ part, ids: shown.map((q) => q.id) });
  // biome-ignore lint/correctness/useExhaustiveDependencies: shownKey stands for `shown`
  useEffect(() => {
    const before = previousShown.current;
    const added = before.part === part ? shown.filter((q) => !before.ids.includes(q.id)) : [];
    previousShown.current = { part, ids: shown.map((q) => q.id) };
    if (added.length > 0) {
      setAppeared(t("assessment.appeared", { questions: added.map((q) => q.text[language]).join(" / ") }));
    }
  }, [part, shownKey]);

  useEffect(() => {
    if (!focusTarget) return;
    document.getElementById(focusTarget)?.focus();
    setFocusTarget(null);
  }, [focusTarget]);

  const goToPart = (index: number) => {
    setPart(index);
    setAppeared("");
    setFocusTarget(PART_HEADING);
  };
  const goTo = (questionId: string) => {
    const index = Q.sections.findIndex((s) => s.questions.some((q) => q.id === questionId));
    if (index >= 0) setPart(index);
    setFocusTarget(questionHeadingId(questionId));
  };
  const setAnswer = (questionId: string, answer: Answer) => {
    setDraft((d) => ({ ...d, [questionId]: answer }));
    if (saveState.kind === "error" && saveState.questionId === questionId) setSaveState({ kind: "idle" });
  };

  const save = async () => {
    setChecked(true);
    if (problems.size > 0) {
      setSaveState({ kind: "problems" });
      return;
    }
    if (!dirty) {
      setSaveState({ kind: "nothing" });
      return;
    }
    setBusy(true);
    try {
      const saved = await api.saveAssessment(detail.id, { baseVersion, answers: toSave });
      // The draft stays as it is (the user may have typed on meanwhile); the saved answers become its base.
      setBase(saved.answers);
      setBaseVersion(saved.version);
      setChecked(false);
      setSaveState({ kind: "saved", version: saved.version });
      onDetail(saved);
    } catch (error) {
      if (isApiRequestError(error) && error.status === 409 && error.code === "stale-version") {
        setSaveState({ kind: "conflict", message: error.message });
      } else {
        const named = questionOfServerField(isApiRequestError(error) ? error.field : undefined);
        setSaveState({ kind: "error", error, questionId: named?.questionId ?? null });
      }
    } finally {
      setBusy(false);
    }
  };

  const loadLatest = async (keepMine: boolean) => {
    setBusy(true);
    try {
      const latest = await api.assessment(detail.id);
      if (keepMine) {
        const rebased = rebaseDraft(base, latest.answers, draft);
        setDraft(rebased.answers);
        setSaveState({ kind: "rebased", version: latest.version, conflicts: rebased.conflicts });
      } else {
        setDraft(latest.answers);
        setSaveState({ kind: "discarded", version: latest.version });
      }
      setBase(latest.answers);
      setBaseVersion(latest.version);
      onDetail(latest);
    } catch (error) {
      setSaveState({ kind: "error", error, questionId: null });
    } finally {
      setBusy(false);
    }
  };

  const problemText = (questionId: string): string | undefined => {
    if (serverProblem?.questionId === questionId) return serverProblem.text;
    return checked && problems.get(questionId) === "choose-answer"
      ? t("assessment.save.chooseAnswer")
      : undefined;
  };

  return (
    <>
      <EvaluationSummary evaluation={evaluation} live={editable} />
      <div className="assessment-layout">
        <AssessmentSectionNav
          sections={Q.sections}
          evaluation={evaluation}
          current={part}
          onSelect={goToPart}
        />
        <div className="assessment-part">
          <section aria-labelledby={PART_HEADING}>
            <h2 id={PART_HEADING} tabIndex={-1}>
              {t("assessment.partOf", { part: part + 1, parts: Q.sections.length })} {section.title[language]}
            </h2>
            <p className="lead">{section.intro[language]}</p>
            {shown.map((question) =>
              editable ? (
                <QuestionCard
                  key={question.id}
                  question={question}
                  answer={draft[question.id]}
                  onChange={(answer) => setAnswer(question.id, answer)}
                  opensAction={opensAction(question, evaluation)}
                  problem={problemText(question.id)}
                  dueProblem={
                    checked && problems.get(question.id) === "due-date"
                      ? t("assessment.save.dueDate")
                      : undefined
                  }
                  sources={sources}
                />
              ) : (
                <QuestionView key={question.id} question={question} answer={draft[question.id]} />
              ),
            )}
            <p className="visually-hidden" role="status">
              {appeared}
            </p>
          </section>
          <div className="part-steps">
            {part > 0 && (
              <button type="button" className="button" onClick={() => goToPart(part - 1)}>
                {t("assessment.previousPart", { title: Q.sections[part - 1]!.title[language] })}
              </button>
            )}
            {part < Q.sections.length - 1 && (
              <button type="button" className="button" onClick={() => goToPart(part + 1)}>
                {t("assessment.nextPart", { title: Q.sections[part + 1]!.title[language] })}
              </button>
            )}
          </div>
          {editable && (
            <SaveBar
              questionnaire={Q}
              state={saveState}
              baseVersion={baseVersion}
              dirty={dirty}
              busy={busy}
              problems={problems}
              onSave={save}
              onLoadLatest={loadLatest}
              onGoTo={goTo}
            />
          )}
        </div>
      </div>
      <ActionList questionnaire={Q} evaluation={evaluation} onGoTo={goTo} />
      <VersionHistory detail={detail} />
      <ReportExports id={detail.id} version={detail.shownVersion} unsaved={dirty} />
      <LeaveGuard
        when={dirty}
        title={t("assessment.leave.title")}
        message={t("assessment.leave.message")}
        leaveLabel={t("assessment.leave.confirm")}
      />
    </>
  );
}
