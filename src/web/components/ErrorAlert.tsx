import { useT } from "../i18n/use-t.ts";
import { errorMessage } from "./error-message.ts";

/** An error, announced to screen readers as soon as it appears (role="alert"). */
export function ErrorAlert({ error, id }: { readonly error: unknown; readonly id?: string }) {
  const { t } = useT();
  if (error === undefined || error === null) return null;
  return (
    <div className="alert alert-error" role="alert" id={id}>
      {typeof error === "string" ? error : errorMessage(error, t)}
    </div>
  );
}
