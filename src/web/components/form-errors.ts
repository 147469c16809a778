import { isApiRequestError } from "../api/api-request-error.ts";

/**
 * Splits a failed request into an error on one of the form's fields (when the server names a field
 * the form has) or an error for the whole form.
 */
export function splitServerError<F extends string>(
  error: unknown,
  fields: readonly F[],
): { readonly field: F | undefined; readonly error: unknown } {
  if (isApiRequestError(error) && error.field) {
    const field = fields.find((f) => f === error.field);
    if (field) return { field, error };
  }
  return { field: undefined, error };
}
