import { type FormEvent, useState } from "react";
import { MONITORING_QUESTIONS, type MonitoringAnswers } from "../../../server/api-types.ts";
import { api } from "../../api/client.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { useT } from "../../i18n/use-t.ts";
import { answerKey, isAnswerOf, NO_ANSWERS, QUESTIONS, questionKey } from "./monitoring-answers.ts";

/**
 * The voluntary monitoring questionnaire, a separate step after the application: what it is for, that
 * it is stored apart and never seen by the people who assess, how long it is kept, and that it can be
 * withdrawn. Nothing is sent without the candidate's consent; skipping is as easy as sending.
 */
export function MonitoringQuestionnaire({
  statusToken,
  retentionDays,
  onDone,
}: {
  readonly statusToken: string;
  /** Null where the page does not know it (the status page): the text then says "a fixed period". */
  readonly retentionDays: number | null;
  readonly onDone: (sent: boolean) => void;
}) {
  const { t } = useT();
  const [answers, setAnswers] = useState<MonitoringAnswers>(NO_ANSWERS);
  const [consent, setConsent] = useState(false);
  const [consentError, setConsentError] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    if (!consent) {
      setConsentError(true);
      document.getElementById("monitoring-consent")?.focus();
      return;
    }
    setBusy(true);
    try {
      await api.submitMonitoring(statusToken, { consent: true, answers });
      onDone(true);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="monitoring-heading" className="card monitoring-step">
      <h2 id="monitoring-heading">{t("monitoring.title")}</h2>
      <p className="lead">{t("monitoring.voluntary")}</p>
      <ul className="consent-points" id="monitoring-consent-text">
        <li>{t("monitoring.point.purpose")}</li>
        <li>{t("monitoring.point.apart")}</li>
        <li>{t("monitoring.point.aggregate")}</li>
        <li>
          {retentionDays === null
            ? t("monitoring.point.retentionUnknown")
            : t("monitoring.point.retention", { days: retentionDays })}
        </li>
        <li>{t("monitoring.point.withdraw")}</li>
      </ul>
      <form onSubmit={submit} noValidate className="form">
        {QUESTIONS.map((question) => (
          <fieldset key={question} className="subfield">
            <legend>{t(questionKey(question))}</legend>
            {MONITORING_QUESTIONS[question].map((answer) => {
              const id = `monitoring-${question}-${answer}`;
              return (
                <div className="radio" key={answer}>
                  <input
                    type="radio"
                    id={id}
                    name={`monitoring-${question}`}
                    checked={answers[question] === answer}
                    onChange={() => {
                      if (isAnswerOf(question, answer)) setAnswers((a) => ({ ...a, [question]: answer }));
                    }}
                  />
                  <label htmlFor={id}>{t(answerKey(question, answer))}</label>
                </div>
              );
            })}
          </fieldset>
        ))}
        <div className="checkbox-block">
          <div className="checkbox">
            <input
              type="checkbox"
              id="monitoring-consent"
              checked={consent}
              onChange={(e) => {
                setConsent(e.target.checked);
                setConsentError(false);
              }}
              aria-invalid={consentError ? true : undefined}
              aria-describedby={
                consentError ? "monitoring-consent-text monitoring-consent-error" : "monitoring-consent-text"
              }
            />
            <label htmlFor="monitoring-consent">{t("monitoring.consent")}</label>
          </div>
          {consentError && (
            <p className="field-error" id="monitoring-consent-error" role="alert">
              {t("monitoring.consentRequired")}
            </p>
          )}
        </div>
        <ErrorAlert error={error} />
        <div className="actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t("common.busy") : t("monitoring.send")}
          </button>
          <button type="button" className="button" onClick={() => onDone(false)}>
            {t("monitoring.skip")}
          </button>
        </div>
      </form>
    </section>
  );
}
