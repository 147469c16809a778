import { ROLES, type Role } from "../../../server/api-types.ts";
import { SelectField } from "../../components/SelectField.tsx";
import { useT } from "../../i18n/use-t.ts";

export const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);

/** A labelled choice of role, each named in the interface's language. */
export function RoleSelect({
  id,
  label,
  value,
  onChange,
}: {
  readonly id: string;
  readonly label: string;
  readonly value: Role;
  readonly onChange: (role: Role) => void;
}) {
  const { t } = useT();
  return (
    <SelectField
      id={id}
      label={label}
      value={value}
      options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
      onChange={(v) => {
        if (isRole(v)) onChange(v);
      }}
    />
  );
}
