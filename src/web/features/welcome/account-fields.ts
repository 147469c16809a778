import type { UiKey } from "../../i18n/en.ts";

/** The server's rule for passwords (api-types.ts SetupRequest). */
export const MIN_PASSWORD_LENGTH = 12;

export interface AccountValues {
  readonly name: string;
  readonly email: string;
  readonly password: string;
}

/** Errors in a new account's name, e-mail and password, checked before the request is sent. */
export function accountErrors(values: AccountValues): Partial<Record<keyof AccountValues, UiKey>> {
  const errors: Partial<Record<keyof AccountValues, UiKey>> = {};
  if (values.name.trim() === "") errors.name = "form.error.required";
  if (!/^[^\s@]+@[^\s@]+$/.test(values.email.trim())) errors.email = "form.error.email";
  if (values.password.length < MIN_PASSWORD_LENGTH) errors.password = "form.error.passwordLength";
  return errors;
}
