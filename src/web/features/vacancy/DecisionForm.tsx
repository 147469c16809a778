import { type FormEvent, useState } from "react";
import type { ApplicationReviewItem, Decision } from "../../../server/api-types.ts";
import { isApiRequestError } from "../../api/api-request-error.ts";
import { api } from "../../api/client.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { errorMessage } from "../../components/error-message.ts";
import type { UiKey } from "../../i18n/en.ts";
import { useT } from "../../i18n/use-t.ts";
import { type Departure, departure, MIN_REASON_LENGTH, reasonIsEnough } from "./decision-rules.ts";

const WHY: Record<Departure, UiKey> = {
  "advance-knockout": "decide.why.advanceKnockout",
  "advance-rejected": "decide.why.advanceRejected",
  "reject-advanced": "decide.why.rejectAdvanced",
};

/**
 * Advance or reject one candidate. Departing from the recommendation needs a reason of at least ten
 * characters, and the form says why before the user sends it; the server refuses it otherwise too.
 */
export function DecisionForm({
  vacancyId,
  vacancyVersion,
  item,
  onDone,
}: {
  readonly vacancyId: string;
  /** The version the list was screened under: sent with the recommendation shown, so the log holds what was seen. */
  readonly vacancyVersion: number;
  readonly item: ApplicationReviewItem;
  readonly onDone: () => void;
}) {
  const { t } = useT();
  const [decision, setDecision] = useState<Decision | null>(null);
  const [reason, setReason] = useState("");
  const [checked, setChecked] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState("");
  const departs = decision ? departure(item.result, decision) : null;
  const prefix = `decide-${item.id}`;
  const reasonServerError = isApiRequestError(error) && error.code === "reason-required";
  const reasonError =
    checked && !reasonIsEnough(departs, reason)
      ? t("decide.reasonTooShort", { min: MIN_REASON_LENGTH })
      : reasonServerError
        ? errorMessage(error, t)
        : undefined;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setChecked(true);
    setError(null);
    setStatus("");
    if (!decision) return;
    if (!reasonIsEnough(departs, reason)) {
      document.getElementById(`${prefix}-reason`)?.focus();
      return;
    }
    setBusy(true);
    try {
      const text = reason.trim();
      await api.decide(vacancyId, {
        applicationId: item.id,
        decision,
        ...(text !== "" ? { reason: text } : {}),
        shown: { vacancyVersion, recommendation: item.result.recommendation },
      });
      setStatus(t("decide.recorded", { reference: item.reference, decision: t(`decision.${decision}`) }));
      setChecked(false);
      setReason("");
      onDone();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const describedBy = [departs ? `${prefix}-why` : "", reasonError ? `${prefix}-reason-error` : ""]
    .filter(Boolean)
    .join(" ");
  return (
    <form onSubmit={submit} noValidate className="form decision-form">
      <fieldset>
        <legend>{t("decide.title", { reference: item.reference })}</legend>
        <p className="hint">
          {t("decide.recommendation", { recommendation: t(`recommendation.${item.result.recommendation}`) })}
        </p>
        <div className="radio-row">
          {(["advance", "reject"] as const).map((d) => (
            <div className="radio" key={d}>
              <input
                type="radio"
                id={`${prefix}-${d}`}
                name={`${prefix}-decision`}
                checked={decision === d}
                onChange={() => setDecision(d)}
                aria-invalid={checked && !decision ? true : undefined}
              />
              <label htmlFor={`${prefix}-${d}`}>{t(`decide.${d}`)}</label>
            </div>
          ))}
        </div>
        {checked && !decision && <p className="field-error">{t("decide.choose")}</p>}
        {departs && (
          <p className="alert alert-info" id={`${prefix}-why`}>
            {t(WHY[departs])} {t("decide.reasonRequired", { min: MIN_REASON_LENGTH })}
          </p>
        )}
        <div className="field">
          <label htmlFor={`${prefix}-reason`}>
            {departs ? t("decide.reasonRequiredLabel") : t("decide.reasonOptional")}
          </label>
          <textarea
            id={`${prefix}-reason`}
            rows={3}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            required={departs !== null}
            aria-required={departs !== null || undefined}
            aria-invalid={reasonError ? true : undefined}
            aria-describedby={describedBy || undefined}
          />
          {reasonError && (
            <p className="field-error" id={`${prefix}-reason-error`}>
              {reasonError}
            </p>
          )}
        </div>
        {!reasonServerError && <ErrorAlert error={error} />}
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t("common.busy") : t("decide.submit")}
        </button>
        <p className="hint" role="status">
          {status}
        </p>
      </fieldset>
    </form>
  );
}
