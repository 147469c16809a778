import type { ApplicationFormField } from "../../../core/screening/application-form.ts";
import { CandidateFieldControl } from "./CandidateFieldControl.tsx";
import { type Answer, EMPTY_ANSWER } from "./candidate-answer.ts";

/** The id of a form field's control, for links from an error summary. */
export const candidateFieldId = (prefix: string, index: number): string => `${prefix}-field-${index}`;

/** Every question of a vacancy's application form, in its order. */
export function CandidateFields({
  idPrefix,
  fields,
  answers,
  onChange,
  errorOf,
}: {
  readonly idPrefix: string;
  readonly fields: readonly ApplicationFormField[];
  readonly answers: Readonly<Record<string, Answer>>;
  readonly onChange: (field: string, answer: Answer) => void;
  readonly errorOf: (field: string) => string | undefined;
}) {
  return (
    <>
      {fields.map((field, i) => (
        <CandidateFieldControl
          key={field.field}
          id={candidateFieldId(idPrefix, i)}
          field={field}
          answer={answers[field.field] ?? EMPTY_ANSWER}
          onChange={(answer) => onChange(field.field, answer)}
          error={errorOf(field.field)}
        />
      ))}
    </>
  );
}
