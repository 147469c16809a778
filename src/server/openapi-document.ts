import { z } from "zod";
import {
  acceptInvitationSchema,
  auditSchema,
  invitationSchema,
  loginSchema,
  roleSchema,
  setupSchema,
} from "./api-schemas.ts";
import { assessmentCreateSchema, assessmentSaveSchema } from "./assessments/assessment-schemas.ts";
import { discoverySchema } from "./discovery/discovery-schemas.ts";
import {
  applicationSchema,
  decisionSchema,
  letterSchema,
  monitoringSchema,
  publicApplicationSchema,
  screeningAuditSchema,
  tieBreakSchema,
  vacancyCheckSchema,
  vacancyRequestSchema,
} from "./screening/screening-schemas.ts";

/** Every route of the API: the OpenAPI document is built from this table, and a test checks it against the app. */
export const API_ROUTES: readonly {
  readonly method: "get" | "post" | "put" | "patch" | "delete";
  readonly path: string;
  readonly summary: string;
  readonly permission: string;
  readonly body?: z.ZodType;
  readonly rawBody?: boolean;
}[] = [
  {
    method: "get",
    path: "/api/session",
    summary: "The current user and whether the server needs its first organisation; sets the CSRF cookie",
    permission: "anyone",
  },
  {
    method: "post",
    path: "/api/setup",
    summary: "Create an organisation and its first admin, and log in",
    permission: "anyone",
    body: setupSchema,
  },
  {
    method: "post",
    path: "/api/demo",
    summary: "Create a demo organisation with example data, and log in",
    permission: "anyone",
  },
  {
    method: "post",
    path: "/api/login",
    summary: "Log in (throttled after repeated failures)",
    permission: "anyone",
    body: loginSchema,
  },
  { method: "post", path: "/api/logout", summary: "Log out", permission: "anyone" },
  { method: "get", path: "/api/users", summary: "Users of the organisation", permission: "manageUsers" },
  {
    method: "patch",
    path: "/api/users/{id}",
    summary: "Change a user's role",
    permission: "manageUsers",
    body: roleSchema,
  },
  {
    method: "post",
    path: "/api/invitations",
    summary: "Create a single-use invitation link",
    permission: "manageUsers",
    body: invitationSchema,
  },
  {
    method: "get",
    path: "/api/invitations/{token}",
    summary: "What an invitation is for",
    permission: "anyone",
  },
  {
    method: "post",
    path: "/api/invitations/{token}/accept",
    summary: "Accept an invitation: create the account and log in",
    permission: "anyone",
    body: acceptInvitationSchema,
  },
  {
    method: "put",
    path: "/api/uploads",
    summary: "Upload a decision log as the raw body (?filename=); streamed to disk",
    permission: "runAudits",
    rawBody: true,
  },
  { method: "get", path: "/api/uploads", summary: "Uploaded decision logs", permission: "viewAudits" },
  {
    method: "get",
    path: "/api/uploads/{id}/values/{column}",
    summary: "Distinct values of a column",
    permission: "runAudits",
  },
  {
    method: "delete",
    path: "/api/uploads/{id}",
    summary: "Delete an upload: the file and its row",
    permission: "deleteData",
  },
  {
    method: "post",
    path: "/api/audits",
    summary: "Run and save a selection audit",
    permission: "runAudits",
    body: auditSchema,
  },
  { method: "get", path: "/api/audits", summary: "Saved audits, newest first", permission: "viewAudits" },
  {
    method: "get",
    path: "/api/audits/{id}",
    summary: "One saved audit with its report (schema aware.audit/1)",
    permission: "viewAudits",
  },
  {
    method: "get",
    path: "/api/audits/{id}/{file}",
    summary:
      "Download the report: report.json, report.csv, report.md, report.html or report.pdf (?lang=nl|en)",
    permission: "viewAudits",
  },
  { method: "delete", path: "/api/audits/{id}", summary: "Delete a saved audit", permission: "deleteData" },
  {
    method: "get",
    path: "/api/activity",
    summary: "The organisation's activity log (append-only)",
    permission: "viewActivity",
  },
  {
    method: "get",
    path: "/api/vacancies",
    summary: "Vacancies of the organisation, with counts",
    permission: "viewScreening",
  },
  {
    method: "post",
    path: "/api/vacancies",
    summary: "Create a vacancy (422 with the check when it asks for a protected characteristic)",
    permission: "manageVacancies",
    body: vacancyRequestSchema,
  },
  {
    method: "post",
    path: "/api/vacancies/check",
    summary: "Check a vacancy definition: refusals and proxy warnings, nothing saved",
    permission: "manageVacancies",
    body: vacancyCheckSchema,
  },
  {
    method: "get",
    path: "/api/vacancies/{id}",
    summary: "A vacancy with its check and form",
    permission: "viewScreening",
  },
  {
    method: "put",
    path: "/api/vacancies/{id}",
    summary: "Update a vacancy (a new version)",
    permission: "manageVacancies",
    body: vacancyRequestSchema,
  },
  {
    method: "get",
    path: "/api/vacancies/{id}/applications",
    summary: "The ranked review list with explanations and flags (names only for HR)",
    permission: "viewScreening",
  },
  {
    method: "post",
    path: "/api/vacancies/{id}/applications",
    summary: "Enter a candidate by hand",
    permission: "manageCandidates",
    body: applicationSchema,
  },
  {
    method: "post",
    path: "/api/vacancies/{id}/applications/import",
    summary: "Import candidates from CSV or JSON (raw body; all or nothing)",
    permission: "manageCandidates",
    rawBody: true,
  },
  {
    method: "post",
    path: "/api/vacancies/{id}/decisions",
    summary: "Advance or reject a candidate; a reason is required when departing from the recommendation",
    permission: "decideCandidates",
    body: decisionSchema,
  },
  {
    method: "post",
    path: "/api/vacancies/{id}/automatic-rejections",
    summary: "Record the rejections by published knock-out rules",
    permission: "manageCandidates",
  },
  {
    method: "post",
    path: "/api/vacancies/{id}/tie-breaks",
    summary: "Apply the preferential policy to a tie of equally suitable candidates (logged)",
    permission: "decideCandidates",
    body: tieBreakSchema,
  },
  {
    method: "get",
    path: "/api/vacancies/{id}/log",
    summary: "The decision log, oldest first",
    permission: "viewScreening",
  },
  {
    method: "get",
    path: "/api/vacancies/{id}/log.csv",
    summary: "The decision log as CSV",
    permission: "viewScreening",
  },
  {
    method: "post",
    path: "/api/vacancies/{id}/applications/{applicationId}/letter",
    summary: "Send the explanation letter (stored, logged, shown on the candidate's status page)",
    permission: "manageCandidates",
    body: letterSchema,
  },
  {
    method: "get",
    path: "/api/vacancies/{id}/applications/{applicationId}/letter.html",
    summary: "The explanation letter as HTML (?lang=nl|en)",
    permission: "manageCandidates",
  },
  {
    method: "get",
    path: "/api/vacancies/{id}/applications/{applicationId}/letter.pdf",
    summary: "The explanation letter as PDF (?lang=nl|en)",
    permission: "manageCandidates",
  },
  {
    method: "get",
    path: "/api/vacancies/{id}/monitoring",
    summary: "Aggregate monitoring counts, small counts hidden",
    permission: "viewMonitoring",
  },
  {
    method: "post",
    path: "/api/screening/audits",
    summary: "Audit the decision log (one vacancy or all): algorithm, final decisions, each reviewer",
    permission: "auditScreening",
    body: screeningAuditSchema,
  },
  {
    method: "get",
    path: "/api/public/vacancies/{token}",
    summary: "The application form of an open vacancy",
    permission: "anyone",
  },
  {
    method: "post",
    path: "/api/public/vacancies/{token}/applications",
    summary: "Apply; answers a reference and the secret of the candidate's status page",
    permission: "anyone",
    body: publicApplicationSchema,
  },
  {
    method: "get",
    path: "/api/public/applications/{statusToken}",
    summary: "The candidate's own status and letter",
    permission: "candidate (status token)",
  },
  {
    method: "post",
    path: "/api/public/applications/{statusToken}/monitoring",
    summary: "Voluntary monitoring answers, with consent; stored apart",
    permission: "candidate (status token)",
    body: monitoringSchema,
  },
  {
    method: "delete",
    path: "/api/public/applications/{statusToken}/monitoring",
    summary: "Withdraw the monitoring answers (deleted at once)",
    permission: "candidate (status token)",
  },
  {
    method: "get",
    path: "/api/assessments/questionnaire",
    summary: "The before-deployment questionnaire (questions, NL/EN, with their legal sources)",
    permission: "viewAssessments",
  },
  {
    method: "get",
    path: "/api/assessments",
    summary: "Assessments with their status",
    permission: "viewAssessments",
  },
  {
    method: "post",
    path: "/api/assessments",
    summary: "Start an assessment",
    permission: "manageAssessments",
    body: assessmentCreateSchema,
  },
  {
    method: "get",
    path: "/api/assessments/{id}",
    summary: "An assessment's answers (?version= for an older one), evaluation and versions",
    permission: "viewAssessments",
  },
  {
    method: "put",
    path: "/api/assessments/{id}/answers",
    summary: "Save the answers as a new version (409 when someone saved in between)",
    permission: "manageAssessments",
    body: assessmentSaveSchema,
  },
  {
    method: "get",
    path: "/api/assessments/{id}/report.html",
    summary: "The assessment report as HTML (?lang=, ?version=)",
    permission: "viewAssessments",
  },
  {
    method: "get",
    path: "/api/assessments/{id}/report.pdf",
    summary: "The assessment report as PDF (?lang=, ?version=)",
    permission: "viewAssessments",
  },
  {
    method: "post",
    path: "/api/discoveries",
    summary:
      "Find groups that are worse off in an upload or a vacancy's decision log (synchronous; schema aware.discovery/1)",
    permission: "runDiscovery",
    body: discoverySchema,
  },
  { method: "get", path: "/api/openapi.json", summary: "This document", permission: "anyone" },
];

const errorSchema = {
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["code", "message"],
      properties: { code: { type: "string" }, message: { type: "string" }, field: { type: "string" } },
    },
  },
};

/** The OpenAPI 3.1 description of the API, served at /api/openapi.json. */
export function openApiDocument(version: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of API_ROUTES) {
    const parameters = [...r.path.matchAll(/\{(\w+)\}/g)].map((m) => ({
      name: m[1],
      in: "path",
      required: true,
      schema: { type: "string" },
    }));
    paths[r.path] ??= {};
    (paths[r.path] as Record<string, unknown>)[r.method] = {
      summary: r.summary,
      "x-permission": r.permission,
      ...(parameters.length > 0 ? { parameters } : {}),
      ...(r.body
        ? {
            requestBody: {
              required: true,
              content: { "application/json": { schema: z.toJSONSchema(r.body, { io: "input" }) } },
            },
          }
        : {}),
      ...(r.rawBody
        ? {
            requestBody: {
              required: true,
              content: { "application/octet-stream": { schema: { type: "string", format: "binary" } } },
            },
          }
        : {}),
      responses: {
        default: { description: "An error", content: { "application/json": { schema: errorSchema } } },
        "2XX": { description: "Success (see src/server/api-types.ts for the body)" },
      },
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Aware API",
      version,
      description: "State-changing requests need the x-csrf-token header equal to the aware_csrf cookie.",
    },
    paths,
  };
}
