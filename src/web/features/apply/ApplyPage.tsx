import { useEffect, useRef, useState } from "react";
import type { PublicApplicationResponse, PublicVacancy } from "../../../server/api-types.ts";
import { isApiRequestError } from "../../api/api-request-error.ts";
import { api } from "../../api/client.ts";
import { paths } from "../../app/routes.ts";
import { CopyField } from "../../components/CopyField.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { Link } from "../../components/Link.tsx";
import { Loading } from "../../components/Loading.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { useApiData } from "../../components/use-api-data.ts";
import { useT } from "../../i18n/use-t.ts";
import { ApplicationForm } from "./ApplicationForm.tsx";
import { MonitoringQuestionnaire } from "./MonitoringQuestionnaire.tsx";
import { TransparencySection } from "./TransparencySection.tsx";

/** /apply/:token (no login): an open vacancy, how it assesses, and its application form. */
export function ApplyPage({ token }: { readonly token: string }) {
  const { t, language } = useT();
  const [vacancy] = useApiData(() => api.publicVacancy(token), [token]);
  const [received, setReceived] = useState<PublicApplicationResponse | null>(null);
  const title = vacancy.status === "ready" ? vacancy.data.title[language] : t("apply.title");
  const closed =
    vacancy.status === "failed" && isApiRequestError(vacancy.error) && vacancy.error.status === 404;
  return (
    <div className="narrow-wide">
      <PageTitle title={title}>{title}</PageTitle>
      {vacancy.status === "loading" && <Loading />}
      {closed && <p className="alert alert-info">{t("apply.notOpen")}</p>}
      {vacancy.status === "failed" && !closed && <ErrorAlert error={vacancy.error} />}
      {vacancy.status === "ready" && (
        <>
          <p className="lead">{t("apply.intro", { organisation: vacancy.data.organisationName })}</p>
          {received ? (
            <Received vacancy={vacancy.data} received={received} />
          ) : (
            <>
              <TransparencySection vacancy={vacancy.data} />
              <ApplicationForm token={token} vacancy={vacancy.data} onSubmitted={setReceived} />
            </>
          )}
        </>
      )}
    </div>
  );
}

/** After sending: the reference, the status link (shown once), then the optional questionnaire. */
function Received({
  vacancy,
  received,
}: {
  readonly vacancy: PublicVacancy;
  readonly received: PublicApplicationResponse;
}) {
  const { t } = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  const [monitoring, setMonitoring] = useState<"open" | "sent" | "skipped">(
    vacancy.monitoring.enabled ? "open" : "skipped",
  );
  useEffect(() => heading.current?.focus(), []);
  const statusPath = paths.application(received.statusToken);
  return (
    <>
      <section aria-labelledby="received-heading" className="card received">
        <h2 id="received-heading" ref={heading} tabIndex={-1}>
          {t("apply.received")}
        </h2>
        <p>{t("apply.reference", { reference: received.reference })}</p>
        <CopyField label={t("apply.statusLink")} value={`${window.location.origin}${statusPath}`} />
        <p className="alert alert-info">{t("apply.keepLink")}</p>
        <p>
          <Link to={statusPath}>{t("apply.openStatus")}</Link>
        </p>
      </section>
      {monitoring === "open" && (
        <MonitoringQuestionnaire
          statusToken={received.statusToken}
          retentionDays={vacancy.monitoring.retentionDays}
          onDone={(sent) => setMonitoring(sent ? "sent" : "skipped")}
        />
      )}
      <p role="status">
        {monitoring === "sent"
          ? t("monitoring.thanks", { days: vacancy.monitoring.retentionDays })
          : monitoring === "skipped" && vacancy.monitoring.enabled
            ? t("monitoring.skipped")
            : ""}
      </p>
    </>
  );
}
