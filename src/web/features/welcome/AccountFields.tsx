import { TextField } from "../../components/TextField.tsx";
import type { UiKey } from "../../i18n/en.ts";
import { useT } from "../../i18n/use-t.ts";
import { type AccountValues, MIN_PASSWORD_LENGTH } from "./account-fields.ts";

interface AccountFieldsProps {
  readonly idPrefix: string;
  readonly values: AccountValues;
  readonly onChange: (values: AccountValues) => void;
  readonly errors: Partial<Record<keyof AccountValues, UiKey>>;
  /** A server error about one of these fields, in the server's words. */
  readonly serverErrors?: Partial<Record<keyof AccountValues, string>>;
}

/** Name, e-mail and a new password: the fields of the first admin and of an invited user. */
export function AccountFields({ idPrefix, values, onChange, errors, serverErrors = {} }: AccountFieldsProps) {
  const { t } = useT();
  const message = (field: keyof AccountValues) => {
    const key = errors[field];
    return key ? t(key, { min: MIN_PASSWORD_LENGTH }) : serverErrors[field];
  };
  return (
    <>
      <TextField
        id={`${idPrefix}-name`}
        label={t("account.name")}
        value={values.name}
        onChange={(name) => onChange({ ...values, name })}
        autoComplete="name"
        required
        error={message("name")}
      />
      <TextField
        id={`${idPrefix}-email`}
        label={t("account.email")}
        type="email"
        value={values.email}
        onChange={(email) => onChange({ ...values, email })}
        autoComplete="email"
        required
        error={message("email")}
      />
      <TextField
        id={`${idPrefix}-password`}
        label={t("account.newPassword")}
        hint={t("account.passwordHint", { min: MIN_PASSWORD_LENGTH })}
        type="password"
        value={values.password}
        onChange={(password) => onChange({ ...values, password })}
        autoComplete="new-password"
        required
        minLength={MIN_PASSWORD_LENGTH}
        error={message("password")}
      />
    </>
  );
}
