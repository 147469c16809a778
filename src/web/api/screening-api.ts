import type { Language } from "../../core/i18n/language.ts";
import type {
  ApplicationCreated,
  ApplicationRequest,
  ApplicationStatus,
  AutomaticRejectionsResponse,
  DecisionLogEntry,
  DecisionRequest,
  ImportResponse,
  LetterRequest,
  LetterResponse,
  MonitoringRequest,
  MonitoringSummary,
  PublicApplicationRequest,
  PublicApplicationResponse,
  PublicVacancy,
  ReviewList,
  ScreeningAuditRequest,
  ScreeningAuditResponse,
  TieBreakRequest,
  TieBreakResponse,
  VacancyDetail,
  VacancyRequest,
  VacancySummary,
} from "../../server/api-types.ts";
import type { HttpClient } from "./http-client.ts";

const id = (value: string) => encodeURIComponent(value);
const vacancyPath = (vacancyId: string) => `/api/vacancies/${id(vacancyId)}`;
const applicationPath = (vacancyId: string, applicationId: string) =>
  `${vacancyPath(vacancyId)}/applications/${id(applicationId)}`;

/** The explanation letter of one application as a file, in the given language. */
export const letterUrl = (
  vacancyId: string,
  applicationId: string,
  format: "html" | "pdf",
  language: Language,
): string => `${applicationPath(vacancyId, applicationId)}/letter.${format}?lang=${language}`;

/** The decision log of a vacancy as CSV. */
export const decisionLogCsvUrl = (vacancyId: string): string => `${vacancyPath(vacancyId)}/log.csv`;

/** The content type the import route expects for a candidates file, from its name. */
export const importContentType = (filename: string): "text/csv" | "application/json" =>
  /\.(json|jsonl|ndjson)$/i.test(filename) ? "application/json" : "text/csv";

/** The screening routes (issue 4), typed with src/server/api-types.ts. */
export function createScreeningApi(http: HttpClient) {
  const publicPath = (statusToken: string) => `/api/public/applications/${id(statusToken)}`;
  return {
    vacancies: () => http.get<VacancySummary[]>("/api/vacancies"),
    vacancy: (vacancyId: string) => http.get<VacancyDetail>(vacancyPath(vacancyId)),
    createVacancy: (body: VacancyRequest) => http.post<VacancyDetail>("/api/vacancies", body),
    updateVacancy: (vacancyId: string, body: VacancyRequest) =>
      http.put<VacancyDetail>(vacancyPath(vacancyId), body),

    reviewList: (vacancyId: string) => http.get<ReviewList>(`${vacancyPath(vacancyId)}/applications`),
    addApplication: (vacancyId: string, body: ApplicationRequest) =>
      http.post<ApplicationCreated>(`${vacancyPath(vacancyId)}/applications`, body),
    importApplications: (vacancyId: string, file: Blob, filename: string) =>
      http.postRaw<ImportResponse>(
        `${vacancyPath(vacancyId)}/applications/import?filename=${id(filename)}`,
        file,
        importContentType(filename),
      ),
    decide: (vacancyId: string, body: DecisionRequest) =>
      http.post<unknown>(`${vacancyPath(vacancyId)}/decisions`, body),
    automaticRejections: (vacancyId: string) =>
      http.post<AutomaticRejectionsResponse>(`${vacancyPath(vacancyId)}/automatic-rejections`),
    tieBreak: (vacancyId: string, body: TieBreakRequest) =>
      http.post<TieBreakResponse>(`${vacancyPath(vacancyId)}/tie-breaks`, body),
    sendLetter: (vacancyId: string, applicationId: string, body: LetterRequest) =>
      http.post<LetterResponse>(`${applicationPath(vacancyId, applicationId)}/letter`, body),
    decisionLog: (vacancyId: string) => http.get<DecisionLogEntry[]>(`${vacancyPath(vacancyId)}/log`),
    monitoring: (vacancyId: string) => http.get<MonitoringSummary>(`${vacancyPath(vacancyId)}/monitoring`),
    screeningAudit: (body: ScreeningAuditRequest) =>
      http.post<ScreeningAuditResponse>("/api/screening/audits", body),

    publicVacancy: (token: string) => http.get<PublicVacancy>(`/api/public/vacancies/${id(token)}`),
    apply: (token: string, body: PublicApplicationRequest) =>
      http.post<PublicApplicationResponse>(`/api/public/vacancies/${id(token)}/applications`, body),
    applicationStatus: (statusToken: string) => http.get<ApplicationStatus>(publicPath(statusToken)),
    submitMonitoring: (statusToken: string, body: MonitoringRequest) =>
      http.post<unknown>(`${publicPath(statusToken)}/monitoring`, body),
    withdrawMonitoring: (statusToken: string) => http.delete(`${publicPath(statusToken)}/monitoring`),
  };
}
