import { Field, type FieldFrameProps } from "./Field.tsx";

export interface SelectOption {
  readonly value: string;
  readonly label: string;
}

interface SelectFieldProps extends FieldFrameProps {
  readonly value: string;
  readonly options: readonly SelectOption[];
  readonly onChange: (value: string) => void;
  readonly required?: boolean;
  readonly disabled?: boolean;
}

/** A labelled select with its hint and error tied to it for screen readers. */
export function SelectField({
  label,
  value,
  options,
  onChange,
  hint,
  error,
  id,
  announce,
  ...rest
}: SelectFieldProps) {
  return (
    <Field label={label} hint={hint} error={error} id={id} announce={announce}>
      {(control) => (
        <select {...control} value={value} onChange={(e) => onChange(e.target.value)} {...rest}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
