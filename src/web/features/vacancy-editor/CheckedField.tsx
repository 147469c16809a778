import type { ReactNode } from "react";
import type { ControlProps } from "../../components/Field.tsx";
import { controlId } from "./editor-notes.ts";
import { useNotes } from "./editor-notes-context.tsx";
import { ProblemNotes } from "./ProblemNotes.tsx";

interface CheckedFieldProps {
  /** The request path the control edits, e.g. "criteria[0].weight": its id and its problems. */
  readonly path: string;
  readonly label: string;
  readonly hint?: string | undefined;
  /** The id of a hint outside the field (shared by the Dutch and English text), read with the control. */
  readonly describedBy?: string | undefined;
  readonly children: (control: ControlProps) => ReactNode;
}

/** A labelled control of the vacancy editor with the check's errors and warnings for its path beside it. */
export function CheckedField({ path, label, hint, describedBy: shared, children }: CheckedFieldProps) {
  const notes = useNotes(path);
  const id = controlId(path);
  const hintId = `${id}-hint`;
  const notesId = `${id}-notes`;
  const describedBy = [shared ?? "", hint ? hintId : "", notes.length > 0 ? notesId : ""]
    .filter(Boolean)
    .join(" ");
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
      {children({
        id,
        "aria-describedby": describedBy || undefined,
        "aria-invalid": notes.some((n) => n.severity === "error") ? true : undefined,
      })}
      <ProblemNotes id={notesId} notes={notes} />
    </div>
  );
}

/** A text input in the editor. */
export function CheckedInput({
  path,
  label,
  hint,
  describedBy,
  value,
  onChange,
  inputMode,
  className,
}: Omit<CheckedFieldProps, "children"> & {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly inputMode?: "decimal" | "numeric" | "text";
  readonly className?: string;
}) {
  return (
    <CheckedField path={path} label={label} hint={hint} describedBy={describedBy}>
      {(control) => (
        <input
          {...control}
          type="text"
          inputMode={inputMode}
          className={className}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </CheckedField>
  );
}

/** A multi-line text in the editor. */
export function CheckedTextArea({
  path,
  label,
  hint,
  describedBy,
  value,
  onChange,
  rows = 3,
}: Omit<CheckedFieldProps, "children"> & {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly rows?: number;
}) {
  return (
    <CheckedField path={path} label={label} hint={hint} describedBy={describedBy}>
      {(control) => (
        <textarea {...control} rows={rows} value={value} onChange={(e) => onChange(e.target.value)} />
      )}
    </CheckedField>
  );
}
