import { useState } from "react";
import type { ApplicationStatus } from "../../../server/api-types.ts";
import { isApiRequestError } from "../../api/api-request-error.ts";
import { api } from "../../api/client.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { Loading } from "../../components/Loading.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { useApiData } from "../../components/use-api-data.ts";
import { formatDateTime, formatDay } from "../../i18n/format-date-time.ts";
import { useT } from "../../i18n/use-t.ts";
import { MonitoringQuestionnaire } from "../apply/MonitoringQuestionnaire.tsx";
import { LetterFrame } from "./LetterFrame.tsx";

/** /application/:statusToken (no login): the candidate's own view of their application. */
export function ApplicationStatusPage({ token }: { readonly token: string }) {
  const { t } = useT();
  const [status, reload] = useApiData(() => api.applicationStatus(token), [token]);
  const unknown =
    status.status === "failed" && isApiRequestError(status.error) && status.error.status === 404;
  return (
    <div className="narrow-wide">
      <PageTitle title={t("status.title")}>{t("status.title")}</PageTitle>
      {status.status === "loading" && <Loading />}
      {unknown && <p className="alert alert-info">{t("status.unknown")}</p>}
      {status.status === "failed" && !unknown && <ErrorAlert error={status.error} />}
      {status.status === "ready" && <StatusView token={token} status={status.data} onChange={reload} />}
    </div>
  );
}

function StatusView({
  token,
  status,
  onChange,
}: {
  readonly token: string;
  readonly status: ApplicationStatus;
  readonly onChange: () => void;
}) {
  const { t, language } = useT();
  return (
    <>
      <dl className="facts-list">
        <div>
          <dt>{t("status.vacancy")}</dt>
          <dd>
            {status.vacancyTitle[language]} ({status.organisationName})
          </dd>
        </div>
        <div>
          <dt>{t("status.reference")}</dt>
          <dd>{status.reference}</dd>
        </div>
        <div>
          <dt>{t("status.submitted")}</dt>
          <dd>{formatDateTime(language, status.submittedAt)}</dd>
        </div>
        <div>
          <dt>{t("status.state")}</dt>
          <dd>{t(`status.state.${status.state}`)}</dd>
        </div>
      </dl>
      <section aria-labelledby="letter-heading">
        <h2 id="letter-heading">{t("status.letter")}</h2>
        {status.letter ? (
          <>
            <p>
              {t("status.letterSent", {
                date: formatDateTime(language, status.letter.sentAt),
                language: t(`status.letterIn.${status.letter.language}`),
              })}
            </p>
            <LetterFrame html={status.letter.html} />
          </>
        ) : (
          <p>{t("status.noLetter")}</p>
        )}
      </section>
      <MonitoringStatus token={token} monitoring={status.monitoring} onChange={onChange} />
    </>
  );
}

function MonitoringStatus({
  token,
  monitoring,
  onChange,
}: {
  readonly token: string;
  readonly monitoring: ApplicationStatus["monitoring"];
  readonly onChange: () => void;
}) {
  const { t, language } = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [message, setMessage] = useState("");
  const [skipped, setSkipped] = useState(false);
  if (!monitoring.enabled) return null;
  const withdraw = async () => {
    setBusy(true);
    setError(null);
    try {
      await api.withdrawMonitoring(token);
      setMessage(t("status.withdrawn"));
      onChange();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="status-monitoring-heading">
      <h2 id="status-monitoring-heading">{t("status.monitoring")}</h2>
      {monitoring.answeredUntil ? (
        <>
          <p>{t("status.monitoringStored", { date: formatDay(language, monitoring.answeredUntil) })}</p>
          <button type="button" className="button button-danger" onClick={withdraw} disabled={busy}>
            {t("status.withdraw")}
          </button>
        </>
      ) : (
        <>
          <p>{t("status.monitoringNone")}</p>
          {!skipped && (
            <MonitoringQuestionnaire
              statusToken={token}
              retentionDays={monitoring.retentionDays}
              onDone={(sent) => {
                if (sent) {
                  setMessage(t("status.monitoringSaved"));
                  onChange();
                } else {
                  setSkipped(true);
                  setMessage(t("monitoring.skipped"));
                }
              }}
            />
          )}
        </>
      )}
      <ErrorAlert error={error} />
      <p role="status">{message}</p>
    </section>
  );
}
