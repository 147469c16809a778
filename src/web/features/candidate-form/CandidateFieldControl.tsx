import type { ReactNode } from "react";
import type { ApplicationFormField } from "../../../core/screening/application-form.ts";
import { useT } from "../../i18n/use-t.ts";
import { type Answer, OTHER } from "./candidate-answer.ts";

interface ControlProps {
  readonly field: ApplicationFormField;
  /** The id of the (first) control; the error summary links to it. */
  readonly id: string;
  readonly answer: Answer;
  readonly onChange: (answer: Answer) => void;
  readonly error: string | undefined;
}

/** "(required)" in words, so the mark does not rest on a symbol or a colour. */
export function RequiredMark({ required }: { readonly required: boolean }) {
  const { t } = useT();
  return required ? <span className="required-mark"> {t("form.required")}</span> : null;
}

function FieldError({ id, error }: { readonly id: string; readonly error: string | undefined }) {
  return error ? (
    <p className="field-error" id={id}>
      {error}
    </p>
  ) : null;
}

/** A group of radio buttons or checkboxes: a fieldset whose legend is the question. */
function Group({
  field,
  hintId,
  errorId,
  error,
  children,
}: {
  readonly field: ApplicationFormField;
  readonly hintId: string;
  readonly errorId: string;
  readonly error: string | undefined;
  readonly children: ReactNode;
}) {
  const { language } = useT();
  return (
    <fieldset className="subfield candidate-field" aria-describedby={error ? `${hintId} ${errorId}` : hintId}>
      <legend>
        {field.label[language]}
        <RequiredMark required={field.required} />
      </legend>
      <p className="hint" id={hintId}>
        {field.hint[language]}
      </p>
      {children}
      <FieldError id={errorId} error={error} />
    </fieldset>
  );
}

/**
 * One question of an application form, with the control its input needs: yes/no as radio buttons, a
 * number as text with a decimal keyboard, a choice as a select with "other", a list as checkboxes with
 * more items, a language level as a select, anything else as text. Its hint says which rules use it.
 */
export function CandidateFieldControl({ field, id, answer, onChange, error }: ControlProps) {
  const { t, language } = useT();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = error ? `${hintId} ${errorId}` : hintId;
  const invalid = error ? true : undefined;
  const label = field.label[language];
  const set = (change: Partial<Answer>) => onChange({ ...answer, ...change });

  if (field.input === "yesNo") {
    return (
      <Group field={field} hintId={hintId} errorId={errorId} error={error}>
        <div className="radio-row">
          {(["yes", "no"] as const).map((value, i) => (
            <div className="radio" key={value}>
              <input
                type="radio"
                id={i === 0 ? id : `${id}-${value}`}
                name={id}
                value={value}
                checked={answer.selected === value}
                onChange={() => set({ selected: value })}
                required={field.required}
                aria-invalid={invalid}
              />
              <label htmlFor={i === 0 ? id : `${id}-${value}`}>{t(`answer.${value}`)}</label>
            </div>
          ))}
        </div>
      </Group>
    );
  }

  if (field.input === "list") {
    const toggle = (option: string, on: boolean) =>
      set({ picked: on ? [...answer.picked, option] : answer.picked.filter((p) => p !== option) });
    return (
      <Group field={field} hintId={hintId} errorId={errorId} error={error}>
        {field.options.map((option, i) => (
          <div className="checkbox" key={option}>
            <input
              type="checkbox"
              id={`${id}-option-${i}`}
              checked={answer.picked.includes(option)}
              onChange={(e) => toggle(option, e.target.checked)}
            />
            <label htmlFor={`${id}-option-${i}`}>{option}</label>
          </div>
        ))}
        <div className="field">
          <label htmlFor={id}>{t("form.listMore")}</label>
          <input
            id={id}
            type="text"
            value={answer.text}
            onChange={(e) => set({ text: e.target.value })}
            aria-invalid={invalid}
          />
        </div>
      </Group>
    );
  }

  const frame = (control: ReactNode, extra?: ReactNode) => (
    <div className="field candidate-field">
      <label htmlFor={id}>
        {label}
        <RequiredMark required={field.required} />
      </label>
      <p className="hint" id={hintId}>
        {field.hint[language]}
      </p>
      {control}
      {extra}
      <FieldError id={errorId} error={error} />
    </div>
  );
  const common = {
    id,
    "aria-describedby": describedBy,
    "aria-invalid": invalid,
    "aria-required": field.required || undefined,
  };

  if (field.input === "choice" || field.input === "cefr") {
    const options = field.input === "cefr" ? field.options : [...field.options, OTHER];
    return frame(
      <select {...common} value={answer.selected} onChange={(e) => set({ selected: e.target.value })}>
        <option value="">{t("form.choose")}</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {o === OTHER ? t("form.other") : o === "none" ? t("answer.noLevel") : o}
          </option>
        ))}
      </select>,
      answer.selected === OTHER && (
        <div className="field nested-field">
          <label htmlFor={`${id}-other`}>{t("form.otherAnswer", { label })}</label>
          <input
            id={`${id}-other`}
            type="text"
            value={answer.text}
            onChange={(e) => set({ text: e.target.value })}
            aria-invalid={invalid}
          />
        </div>
      ),
    );
  }

  return frame(
    <input
      {...common}
      type="text"
      inputMode={field.input === "number" ? "decimal" : undefined}
      className={field.input === "number" ? "input-short" : undefined}
      value={answer.text}
      onChange={(e) => set({ text: e.target.value })}
    />,
  );
}
