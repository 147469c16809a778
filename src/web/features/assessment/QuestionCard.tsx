import { useId } from "react";
import {
  type Answer,
  CHOICE_ANSWERS,
  type Evidence,
  type Question,
} from "../../../core/assessment/assessment-model.ts";
import { Field } from "../../components/Field.tsx";
import { TextField } from "../../components/TextField.tsx";
import { useT } from "../../i18n/use-t.ts";
import { EvidenceEditor } from "./EvidenceEditor.tsx";
import type { EvidenceSources } from "./evidence-options.ts";
import { QuestionSources } from "./QuestionSources.tsx";

interface QuestionCardProps {
  readonly question: Question;
  readonly answer: Answer | undefined;
  readonly onChange: (answer: Answer) => void;
  /** The answer opens an action: its owner and due date are asked for. */
  readonly opensAction: boolean;
  /** What is wrong with the answer (the app's check or the server's), shown at the answer. */
  readonly problem: string | undefined;
  /** Where the due date's own error goes instead (a date that does not exist). */
  readonly dueProblem: string | undefined;
  readonly sources: EvidenceSources;
}

/** The id of a question's heading: the action list and the error summary move the focus there. */
export const questionHeadingId = (questionId: string) => `question-${questionId}`;

/**
 * One question to answer: the question as a heading, its help and sources, the answer (four choices,
 * or a description), a note, owner and due date when the answer opens an action, and evidence.
 */
export function QuestionCard({
  question,
  answer,
  onChange,
  opensAction,
  problem,
  dueProblem,
  sources,
}: QuestionCardProps) {
  const { t, language } = useT();
  const id = useId();
  const headingId = questionHeadingId(question.id);
  const helpId = `${id}-help`;
  const problemId = `${id}-problem`;
  const current: Answer = answer ?? { value: "" };
  const set = (change: Partial<Answer>) => onChange({ ...current, ...change });
  return (
    <article className="question" aria-labelledby={headingId}>
      <h3 id={headingId} tabIndex={-1} className="question-text">
        {question.text[language]}
      </h3>
      <p className="hint" id={helpId}>
        {question.help[language]}
      </p>
      <QuestionSources question={question} />
      {question.kind === "text" ? (
        <Field label={t("assessment.description")} error={problem} announce={false}>
          {(control) => (
            <textarea
              {...control}
              aria-describedby={[helpId, control["aria-describedby"]].filter(Boolean).join(" ")}
              rows={4}
              maxLength={20_000}
              value={current.value}
              onChange={(e) => set({ value: e.target.value })}
            />
          )}
        </Field>
      ) : (
        <fieldset className="subfield answer-choices" aria-describedby={problem ? problemId : undefined}>
          <legend>{t("assessment.yourAnswer")}</legend>
          <div className="radio-row">
            {CHOICE_ANSWERS.map((value) => (
              <label key={value} className="radio">
                <input
                  type="radio"
                  name={`answer-${question.id}`}
                  value={value}
                  checked={current.value === value}
                  onChange={() => set({ value })}
                />
                {t(`assessment.answer.${value}`)}
              </label>
            ))}
          </div>
          {problem && (
            <p className="field-error" id={problemId}>
              {problem}
            </p>
          )}
        </fieldset>
      )}
      <Field label={t("assessment.note")} hint={t("assessment.noteHint")}>
        {(control) => (
          <textarea
            {...control}
            rows={2}
            maxLength={5000}
            value={current.note ?? ""}
            onChange={(e) => set({ note: e.target.value })}
          />
        )}
      </Field>
      {opensAction && (
        <div className="field-row action-fields">
          <TextField
            label={t("assessment.owner")}
            hint={t("assessment.ownerHint")}
            value={current.owner ?? ""}
            onChange={(owner) => set({ owner })}
            maxLength={200}
            autoComplete="off"
          />
          <TextField
            type="date"
            label={t("assessment.due")}
            hint={t("assessment.dueHint")}
            value={current.due ?? ""}
            onChange={(due) => set({ due })}
            error={dueProblem}
            announce={false}
          />
        </div>
      )}
      {question.evidence && (
        <EvidenceEditor
          question={question}
          evidence={current.evidence ?? []}
          sources={sources}
          onChange={(evidence: Evidence[]) => set({ evidence })}
        />
      )}
    </article>
  );
}
