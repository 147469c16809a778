import type { Language } from "../../core/i18n/language.ts";
import type {
  AssessmentCreateRequest,
  AssessmentDetail,
  AssessmentSaveRequest,
  AssessmentSummary,
} from "../../server/api-types.ts";
import type { HttpClient } from "./http-client.ts";

const id = (value: string) => encodeURIComponent(value);
const assessmentPath = (assessmentId: string) => `/api/assessments/${id(assessmentId)}`;

/** The assessment report as a file, in the given language, of the given saved version. */
export const assessmentReportUrl = (
  assessmentId: string,
  format: "html" | "pdf",
  language: Language,
  version: number,
): string => `${assessmentPath(assessmentId)}/report.${format}?lang=${language}&version=${version}`;

/** The before-deployment assessment routes (issue 6), typed with src/server/api-types.ts. */
export function createAssessmentApi(http: HttpClient) {
  return {
    assessments: () => http.get<AssessmentSummary[]>("/api/assessments"),
    /** The latest version, or an older one with `version`. */
    assessment: (assessmentId: string, version?: number) =>
      http.get<AssessmentDetail>(
        `${assessmentPath(assessmentId)}${version === undefined ? "" : `?version=${version}`}`,
      ),
    createAssessment: (body: AssessmentCreateRequest) =>
      http.post<AssessmentDetail>("/api/assessments", body),
    saveAssessment: (assessmentId: string, body: AssessmentSaveRequest) =>
      http.put<AssessmentDetail>(`${assessmentPath(assessmentId)}/answers`, body),
  };
}
