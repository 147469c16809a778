import type { Language } from "../../core/i18n/language.ts";
import type {
  AcceptInvitationRequest,
  ActivityEntry,
  AuditDetail,
  AuditRequest,
  AuditSummary,
  InvitationInfo,
  InvitationRequest,
  InvitationResponse,
  LoginRequest,
  Role,
  SessionResponse,
  SetupRequest,
  UploadSummary,
  UserSummary,
} from "../../server/api-types.ts";
import { createAssessmentApi } from "./assessment-api.ts";
import { createDiscoveryApi } from "./discovery-api.ts";
import type { HttpClient } from "./http-client.ts";
import { createScreeningApi } from "./screening-api.ts";

/** Distinct values of one column of an upload (GET /api/uploads/:id/values/:column). */
export interface DistinctValues {
  readonly values: readonly string[];
  /** True when the column has more values than the server returned. */
  readonly more: boolean;
}

export const REPORT_FORMATS = ["pdf", "html", "csv", "md", "json"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

const id = (value: string) => encodeURIComponent(value);

/** A download link of a saved audit's report, in the given language. */
export const reportUrl = (auditId: string, format: ReportFormat, language: Language): string =>
  `/api/audits/${id(auditId)}/report.${format}?lang=${language}`;

/** Every route of the web workbench's API, typed with src/server/api-types.ts. */
export function createAwareApi(http: HttpClient) {
  return {
    session: () => http.get<SessionResponse>("/api/session"),
    setup: (body: SetupRequest) => http.post<SessionResponse>("/api/setup", body),
    demo: () => http.post<SessionResponse>("/api/demo"),
    login: (body: LoginRequest) => http.post<SessionResponse>("/api/login", body),
    logout: () => http.post<void>("/api/logout"),

    users: () => http.get<UserSummary[]>("/api/users"),
    setRole: (userId: string, role: Role) => http.patch<UserSummary>(`/api/users/${id(userId)}`, { role }),
    createInvitation: (body: InvitationRequest) => http.post<InvitationResponse>("/api/invitations", body),
    invitation: (token: string) => http.get<InvitationInfo>(`/api/invitations/${id(token)}`),
    acceptInvitation: (token: string, body: AcceptInvitationRequest) =>
      http.post<SessionResponse>(`/api/invitations/${id(token)}/accept`, body),

    uploads: () => http.get<UploadSummary[]>("/api/uploads"),
    deleteUpload: (uploadId: string) => http.delete(`/api/uploads/${id(uploadId)}`),
    distinctValues: (uploadId: string, column: string) =>
      http.get<DistinctValues>(`/api/uploads/${id(uploadId)}/values/${id(column)}`),

    createAudit: (body: AuditRequest) => http.post<AuditDetail>("/api/audits", body),
    audits: () => http.get<AuditSummary[]>("/api/audits"),
    audit: (auditId: string) => http.get<AuditDetail>(`/api/audits/${id(auditId)}`),
    deleteAudit: (auditId: string) => http.delete(`/api/audits/${id(auditId)}`),

    activity: () => http.get<ActivityEntry[]>("/api/activity"),

    ...createScreeningApi(http),
    ...createAssessmentApi(http),
    ...createDiscoveryApi(http),
  };
}

export type AwareApi = ReturnType<typeof createAwareApi>;
