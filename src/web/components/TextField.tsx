import type { InputHTMLAttributes } from "react";
import { Field, type FieldFrameProps } from "./Field.tsx";

interface TextFieldProps
  extends FieldFrameProps,
    Omit<InputHTMLAttributes<HTMLInputElement>, "onChange" | "value" | "id"> {
  readonly value: string;
  readonly onChange: (value: string) => void;
}

/** A labelled text input with its hint and error tied to it for screen readers. */
export function TextField({ label, value, onChange, hint, error, id, announce, ...rest }: TextFieldProps) {
  return (
    <Field label={label} hint={hint} error={error} id={id} announce={announce}>
      {(control) => <input {...control} value={value} onChange={(e) => onChange(e.target.value)} {...rest} />}
    </Field>
  );
}
