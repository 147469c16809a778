import { type InputHTMLAttributes, useId } from "react";

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "onChange" | "value" | "id"> {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** Help under the label, read with the field (aria-describedby). */
  readonly hint?: string;
  /** An error about this field: shown, announced, and the field marked invalid. */
  readonly error?: string | undefined;
  /** Announce the error as it appears (role="alert"); off when the form announces a summary instead. */
  readonly announce?: boolean;
  readonly id?: string;
}

/** A labelled text input with its hint and error tied to it for screen readers. */
export function TextField({
  label,
  value,
  onChange,
  hint,
  error,
  id,
  announce = true,
  ...rest
}: TextFieldProps) {
  const generated = useId();
  const inputId = id ?? generated;
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  const describedBy = [hint ? hintId : "", error ? errorId : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div className="field">
      <label htmlFor={inputId}>{label}</label>
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
      <input
        id={inputId}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        {...rest}
      />
      {error && (
        <p className="field-error" id={errorId} role={announce ? "alert" : undefined}>
          {error}
        </p>
      )}
    </div>
  );
}
