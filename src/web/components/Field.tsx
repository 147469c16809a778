import { type ReactNode, useId } from "react";

export interface FieldFrameProps {
  readonly label: string;
  /** Help under the label, read with the control (aria-describedby). */
  readonly hint?: string | undefined;
  /** An error about this field: shown, announced, and the control marked invalid. */
  readonly error?: string | undefined;
  /** Announce the error as it appears (role="alert"); off when the form announces a summary instead. */
  readonly announce?: boolean | undefined;
  readonly id?: string | undefined;
}

/** What a control needs to be tied to its label, hint and error for screen readers. */
export interface ControlProps {
  readonly id: string;
  readonly "aria-describedby": string | undefined;
  readonly "aria-invalid": true | undefined;
}

/** A label, an optional hint and error, and the control between them, all linked by ids. */
export function Field({
  label,
  hint,
  error,
  announce = true,
  id,
  children,
}: FieldFrameProps & { children: (control: ControlProps) => ReactNode }) {
  const generated = useId();
  const controlId = id ?? generated;
  const hintId = `${controlId}-hint`;
  const errorId = `${controlId}-error`;
  const describedBy = [hint ? hintId : "", error ? errorId : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div className="field">
      <label htmlFor={controlId}>{label}</label>
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
      {children({ id: controlId, "aria-describedby": describedBy, "aria-invalid": error ? true : undefined })}
      {error && (
        <p className="field-error" id={errorId} role={announce ? "alert" : undefined}>
          {error}
        </p>
      )}
    </div>
  );
}
