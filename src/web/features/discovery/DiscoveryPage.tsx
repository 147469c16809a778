import { useEffect, useState } from "react";
import { MONITORING_ATTRIBUTES } from "../../../core/screening/decision-log-rows.ts";
import {
  DECISION_LOG_DISCOVERY,
  type DiscoveryResponse,
  type UploadSummary,
  type VacancyDetail,
} from "../../../server/api-types.ts";
import { api } from "../../api/client.ts";
import { can } from "../../app/permissions.ts";
import { useSearch } from "../../app/router.ts";
import { useUser } from "../../app/session-context.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { Loading } from "../../components/Loading.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { SelectField } from "../../components/SelectField.tsx";
import { useApiData } from "../../components/use-api-data.ts";
import { formatDateTime } from "../../i18n/format-date-time.ts";
import { useT } from "../../i18n/use-t.ts";
import { DiscoveryResults } from "./DiscoveryResults.tsx";
import { DiscoverySettings } from "./DiscoverySettings.tsx";
import type { SourceColumns } from "./discovery-form.ts";
import { UploadNewFile } from "./UploadNewFile.tsx";

type SourceKind = "upload" | "vacancy";

/** The source named in the address: `?upload=ID` or `?vacancy=ID`. */
function sourceInAddress(search: string): { kind: SourceKind; id: string } | null {
  const params = new URLSearchParams(search);
  const upload = params.get("upload");
  if (upload) return { kind: "upload", id: upload };
  const vacancy = params.get("vacancy");
  return vacancy ? { kind: "vacancy", id: vacancy } : null;
}

const uploadColumns = (upload: UploadSummary): SourceColumns => ({
  source: { kind: "upload", uploadId: upload.id },
  columns: upload.columns,
  fixed: null,
  protectedOptions: upload.columns,
});

/**
 * /discover: groups that are worse off, found without protected data (issue 5), in an uploaded log
 * or a vacancy's decision log. Choose the source, set the outcome and the search, run, read the
 * groups and download the report.
 */
export function DiscoveryPage() {
  const { t, language } = useT();
  const user = useUser();
  const search = useSearch();
  const mayUpload = can(user.role, "runAudits");
  const mayUseVacancies = can(user.role, "viewScreening");
  const [uploads, , updateUploads] = useApiData(() => api.uploads(), []);
  const [vacancies] = useApiData(
    () => (mayUseVacancies ? api.vacancies() : Promise.resolve([])),
    [mayUseVacancies],
  );
  const [kind, setKind] = useState<SourceKind>(() => sourceInAddress(search)?.kind ?? "upload");
  const [chosen, setChosen] = useState<Record<SourceKind, string>>(() => {
    const named = sourceInAddress(search);
    return {
      upload: named?.kind === "upload" ? named.id : "",
      vacancy: named?.kind === "vacancy" ? named.id : "",
    };
  });
  const [doc, setDoc] = useState<DiscoveryResponse | null>(null);

  // Another address (a link from the vacancy page or the uploads) chooses its source again.
  useEffect(() => {
    const named = sourceInAddress(search);
    if (!named) return;
    setKind(named.kind);
    setChosen((c) => ({ ...c, [named.kind]: named.id }));
    setDoc(null);
  }, [search]);

  const choose = (k: SourceKind, id: string) => {
    setChosen((c) => ({ ...c, [k]: id }));
    setDoc(null);
  };
  const showResult = (result: DiscoveryResponse) => {
    setDoc(result);
    requestAnimationFrame(() => document.getElementById("discovery-summary-heading")?.focus());
  };

  const upload = uploads.status === "ready" ? uploads.data.find((u) => u.id === chosen.upload) : undefined;
  return (
    <>
      <PageTitle title={t("discovery.title")}>{t("discovery.title")}</PageTitle>
      <p className="lead">{t("discovery.intro")}</p>
      <p>{t("discovery.how")}</p>

      <section aria-labelledby="discovery-source-heading" className="form">
        <h2 id="discovery-source-heading">{t("discovery.source.title")}</h2>
        {mayUseVacancies && (
          <fieldset className="subfield">
            <legend>{t("discovery.source.kind")}</legend>
            {(["upload", "vacancy"] as const).map((k) => (
              <div className="radio" key={k}>
                <input
                  type="radio"
                  id={`discovery-source-${k}`}
                  name="discovery-source"
                  checked={kind === k}
                  onChange={() => {
                    setKind(k);
                    setDoc(null);
                  }}
                />
                <label htmlFor={`discovery-source-${k}`}>
                  {k === "upload" ? t("discovery.source.upload") : t("discovery.source.vacancy")}
                </label>
              </div>
            ))}
          </fieldset>
        )}
        {kind === "upload" && (
          <>
            {uploads.status === "loading" && <Loading />}
            {uploads.status === "failed" && <ErrorAlert error={uploads.error} />}
            {uploads.status === "ready" &&
              (uploads.data.length === 0 ? (
                <p>{t("discovery.source.noUploads")}</p>
              ) : (
                <SelectField
                  id="discovery-upload"
                  label={t("discovery.source.file")}
                  value={chosen.upload}
                  options={[
                    { value: "", label: t("discovery.source.chooseFile") },
                    ...uploads.data.map((u) => ({
                      value: u.id,
                      label: `${u.filename} (${formatDateTime(language, u.createdAt)})`,
                    })),
                  ]}
                  onChange={(id) => choose("upload", id)}
                />
              ))}
            {uploads.status === "ready" && chosen.upload !== "" && !upload && (
              <ErrorAlert error={t("discovery.source.uploadGone")} />
            )}
            {mayUpload && (
              <UploadNewFile
                onUploaded={(u) => {
                  updateUploads((list) => [u, ...list.filter((x) => x.id !== u.id)]);
                  choose("upload", u.id);
                }}
              />
            )}
          </>
        )}
        {kind === "vacancy" && (
          <>
            {vacancies.status === "loading" && <Loading />}
            {vacancies.status === "failed" && <ErrorAlert error={vacancies.error} />}
            {vacancies.status === "ready" &&
              (vacancies.data.length === 0 ? (
                <p>{t("discovery.source.noVacancies")}</p>
              ) : (
                <SelectField
                  id="discovery-vacancy"
                  label={t("discovery.source.vacancyField")}
                  hint={t("discovery.source.vacancyHint")}
                  value={chosen.vacancy}
                  options={[
                    { value: "", label: t("discovery.source.chooseVacancy") },
                    ...vacancies.data.map((v) => ({
                      value: v.id,
                      label: t("discovery.source.vacancyOption", {
                        title: v.title[language],
                        decided: v.applications - v.undecided,
                      }),
                    })),
                  ]}
                  onChange={(id) => choose("vacancy", id)}
                />
              ))}
          </>
        )}
      </section>

      {kind === "upload" && upload && (
        <DiscoverySettings
          key={`upload-${upload.id}`}
          source={uploadColumns(upload)}
          guess={upload.guess}
          onStart={() => setDoc(null)}
          onResult={showResult}
        />
      )}
      {kind === "vacancy" && chosen.vacancy !== "" && (
        <VacancySource
          key={`vacancy-${chosen.vacancy}`}
          vacancyId={chosen.vacancy}
          onStart={() => setDoc(null)}
          onResult={showResult}
        />
      )}

      {doc && <DiscoveryResults doc={doc} />}
    </>
  );
}

/** A vacancy's decision log as a source: its form fields, and the monitoring answers for roles that may. */
function VacancySource({
  vacancyId,
  onStart,
  onResult,
}: {
  readonly vacancyId: string;
  readonly onStart: () => void;
  readonly onResult: (doc: DiscoveryResponse) => void;
}) {
  const { t } = useT();
  const user = useUser();
  const [vacancy] = useApiData(() => api.vacancy(vacancyId), [vacancyId]);
  if (vacancy.status === "loading") return <Loading />;
  if (vacancy.status === "failed") return <ErrorAlert error={vacancy.error} />;
  const detail: VacancyDetail = vacancy.data;
  const mayViewMonitoring = can(user.role, "viewMonitoring");
  const source: SourceColumns = {
    source: { kind: "vacancy", vacancyId: detail.id },
    columns: detail.formFields.map((f) => f.field),
    fixed: DECISION_LOG_DISCOVERY,
    protectedOptions: mayViewMonitoring && detail.monitoring.enabled ? [...MONITORING_ATTRIBUTES] : [],
  };
  return (
    <DiscoverySettings
      source={source}
      monitoringNote={
        !mayViewMonitoring ? t("discovery.settings.monitoringRole") : t("discovery.settings.monitoringOff")
      }
      onStart={onStart}
      onResult={onResult}
    />
  );
}
