/**
 * The HTTP API's request and response bodies, shared by the server (which validates requests with zod
 * in api-schemas.ts) and the web client. Every route is under /api, speaks JSON, and uses the session
 * cookie; state-changing requests (POST, PATCH, PUT, DELETE) carry the header `x-csrf-token` with the
 * value of the `aware_csrf` cookie (double-submit). Errors are `{ error: { code, message } }` with a
 * stable code, never a stack trace.
 */
import type { AuditDocument } from "../core/report/audit-document.ts";

export const ROLES = ["admin", "hr", "reviewer", "auditor", "dhv", "employee"] as const;
export type Role = (typeof ROLES)[number];

export interface ApiError {
  readonly error: { readonly code: string; readonly message: string; readonly field?: string };
}

export interface SessionUser {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly role: Role;
  readonly organisation: { readonly id: string; readonly name: string; readonly isDemo: boolean };
}

/** GET /api/session */
export interface SessionResponse {
  readonly user: SessionUser | null;
  /** True when the server has no organisation yet (first visit). */
  readonly setupNeeded: boolean;
}

/** POST /api/setup: a new organisation and its first admin; logs the admin in. */
export interface SetupRequest {
  readonly organisationName: string;
  readonly name: string;
  readonly email: string;
  /** At least 12 characters. */
  readonly password: string;
}

/** POST /api/login */
export interface LoginRequest {
  readonly email: string;
  readonly password: string;
}

/** POST /api/invitations (admin) */
export interface InvitationRequest {
  readonly role: Role;
}
export interface InvitationResponse {
  readonly token: string;
  /** Path of the page where the invitee accepts, e.g. /invite/abc…; the UI shows it to copy. */
  readonly path: string;
  readonly role: Role;
  readonly expiresAt: string;
}

/** GET /api/invitations/:token */
export interface InvitationInfo {
  readonly organisationName: string;
  readonly role: Role;
  readonly valid: boolean;
}

/** POST /api/invitations/:token/accept */
export interface AcceptInvitationRequest {
  readonly name: string;
  readonly email: string;
  readonly password: string;
}

/** GET /api/users (admin) */
export interface UserSummary {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly role: Role;
  readonly createdAt: string;
}

/** The column mapping of a decision log. */
export interface ColumnMapping {
  readonly outcome: string;
  readonly protected: readonly string[];
  readonly score?: string;
  readonly label?: string;
  readonly stage?: string;
  readonly requisition?: string;
  readonly date?: string;
}

/** PUT /api/uploads?filename=… with the file as the raw body (streamed to disk). */
export interface UploadSummary {
  readonly id: string;
  readonly filename: string;
  readonly bytes: number;
  readonly sha256: string;
  readonly format: "csv" | "parquet" | "jsonl";
  readonly columns: readonly string[];
  /** The server's guess of the mapping, from column names and values; the user confirms it. */
  readonly guess: Partial<ColumnMapping>;
  readonly createdAt: string;
  readonly createdBy: string;
}

/** POST /api/audits */
export interface AuditRequest {
  readonly uploadId: string;
  readonly title?: string;
  readonly columns: ColumnMapping;
  readonly intersections?: readonly (readonly string[])[] | "all";
  readonly reference?: Readonly<Record<string, string>>;
  readonly minGroup?: number;
  readonly excludeBelow?: number | null;
  readonly alpha?: number;
  readonly stageOrder?: readonly string[];
}

/** GET /api/audits (list) */
export interface AuditSummary {
  readonly id: string;
  readonly title: string;
  readonly createdAt: string;
  readonly createdBy: string;
  readonly uploadId: string | null;
  readonly filename: string;
  readonly rows: number;
  readonly findings: AuditDocument["findings"];
}

/** GET /api/audits/:id */
export interface AuditDetail extends AuditSummary {
  readonly document: AuditDocument;
}

/** GET /api/activity (admin, auditor) */
export interface ActivityEntry {
  readonly id: string;
  readonly at: string;
  readonly userId: string | null;
  readonly userName: string | null;
  readonly action: string;
  readonly subject: string | null;
}

// ---------------------------------------------------------------------------------------------------
// Screening (issue 4): vacancies, applications, review, the decision log, monitoring.
// ---------------------------------------------------------------------------------------------------

/** Who may do what in screening (see PERMISSIONS in auth/authorize.ts):
 *  - viewScreening (admin, hr, reviewer, auditor): vacancies, the ranked list, the decision log;
 *  - manageVacancies (admin, hr): create and edit vacancies;
 *  - manageCandidates (admin, hr): enter and import candidates, see contact details, send letters;
 *  - decideCandidates (admin, hr, reviewer): advance or reject, tie-breaks;
 *  - auditScreening (admin, auditor): run and read the audits of decision logs (they join monitoring data);
 *  - viewMonitoring (admin, auditor): aggregate monitoring counts. Reviewers never see monitoring data. */

export type VacancyStatus = "draft" | "open" | "closed";

/** Text in Dutch and English. */
export interface BilingualText {
  readonly nl: string;
  readonly en: string;
}

export const PREFERENCE_GROUPS = ["women", "ethnic-minority", "disability"] as const;
export type PreferenceGroup = (typeof PREFERENCE_GROUPS)[number];

/**
 * Preferential policy (voorkeursbeleid): only a tie-breaker between equally suitable candidates. It
 * can be switched on only with a documented disadvantage and a statement published with the vacancy.
 */
export interface PreferentialPolicy {
  readonly enabled: boolean;
  readonly group: PreferenceGroup;
  /** The documented disadvantage that justifies the policy (required, at least 20 characters, when enabled). */
  readonly justification: string;
  /** Published on the application form, e.g. "Bij gelijke geschiktheid gaat de voorkeur uit naar …". */
  readonly statement: BilingualText;
}

/** The voluntary monitoring questionnaire of a vacancy. */
export interface MonitoringSettings {
  readonly enabled: boolean;
  /** Days after which answers are deleted (1..730). */
  readonly retentionDays: number;
}

/** The vacancy definition, schema "aware.vacancy/1" (docs/vacancy-schema.md). */
export type VacancyDefinition = import("../core/screening/vacancy.ts").Vacancy;
export type VacancyCheckResult = import("../core/screening/vacancy-problem.ts").VacancyCheck;
export type ScreeningResultBody = import("../core/screening/screening-result.ts").ScreeningResult;
export type ApplicationFormField = import("../core/screening/application-form.ts").ApplicationFormField;

/**
 * POST /api/vacancies (201) and PUT /api/vacancies/:id (200), manageVacancies: answer the saved
 * VacancyDetail. 422 `vacancy-invalid` with `check` when the check has errors.
 */
export interface VacancyRequest {
  readonly definition: VacancyDefinition;
  readonly status: VacancyStatus;
  readonly preferentialPolicy: PreferentialPolicy | null;
  readonly monitoring: MonitoringSettings;
}

/** POST /api/vacancies/check: the editor's live check, nothing saved. */
export interface VacancyCheckRequest {
  readonly definition: VacancyDefinition;
}

/** GET /api/vacancies */
export interface VacancySummary {
  readonly id: string;
  readonly title: BilingualText;
  readonly status: VacancyStatus;
  /** Starts at 1; every save adds one. Decisions record the version they were made under. */
  readonly version: number;
  readonly applications: number;
  /** Applications without a decision yet. */
  readonly undecided: number;
  /** The public application form is at /apply/<publicToken> while the vacancy is open. */
  readonly publicToken: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** GET /api/vacancies/:id */
export interface VacancyDetail extends VacancySummary {
  readonly definition: VacancyDefinition;
  readonly preferentialPolicy: PreferentialPolicy | null;
  readonly monitoring: MonitoringSettings;
  /** The check of the saved definition (warnings stay visible after saving). */
  readonly check: VacancyCheckResult;
  readonly formFields: readonly ApplicationFormField[];
}

/** 422 body of a refused vacancy: the usual error plus the check, to show beside the fields. */
export interface VacancyInvalidError extends ApiError {
  readonly check: VacancyCheckResult;
}

/** POST /api/vacancies/:id/applications (manageCandidates): a candidate entered by HR; answers ApplicationCreated (201). */
export interface ApplicationRequest {
  readonly name: string;
  /** Optional; where the letter would be sent. */
  readonly email?: string;
  /** Values by form field (see formFields); protected columns are refused. */
  readonly fields: Readonly<Record<string, string>>;
}

export interface ApplicationCreated {
  readonly id: string;
  readonly number: number;
  readonly reference: string;
}

/**
 * POST /api/vacancies/:id/applications/import (manageCandidates): the raw file as the body
 * (`content-type: text/csv` or `application/json` for a JSON array / JSON lines), `?filename=` for
 * messages. Columns `name` and `email` are contact details; the other columns are fields. Protected
 * columns are dropped (counted in `droppedColumns`). All or nothing: one bad row refuses the file
 * (422 naming the file and the row: the n-th candidate, counting from 1).
 */
export interface ImportResponse {
  readonly imported: number;
  readonly droppedColumns: readonly string[];
}

export type Decision = "advance" | "reject";

/** The latest decision on an application. */
export interface DecisionState {
  readonly decision: Decision;
  /** "system" for an automatic knock-out rejection. */
  readonly deciderKind: "system" | "user";
  readonly deciderName: string | null;
  readonly at: string;
  /** True when the decision departs from the system's recommendation. */
  readonly override: boolean;
  readonly reason: string | null;
}

/** One row of the review list. */
export interface ApplicationReviewItem {
  readonly id: string;
  /** Short reference shown instead of the name to reviewers, e.g. "A-0007". */
  readonly reference: string;
  readonly source: "form" | "entered" | "import";
  /** Name and email: only for manageCandidates roles (reviewers judge without names). */
  readonly contact: { readonly name: string; readonly email: string | null } | null;
  /** The candidate's fields (never protected columns). */
  readonly fields: Readonly<Record<string, string>>;
  readonly createdAt: string;
  /** The engine's current result for this candidate, over the vacancy's current applications. */
  readonly result: ScreeningResultBody;
  /** 1 = highest score; equal scores share a rank. */
  readonly rank: number;
  readonly decision: DecisionState | null;
  readonly letterSentAt: string | null;
}

/** GET /api/vacancies/:id/applications (viewScreening): ranked by score, highest first. */
export interface ReviewList {
  readonly vacancy: VacancyDetail;
  readonly items: readonly ApplicationReviewItem[];
}

/**
 * POST /api/vacancies/:id/decisions (decideCandidates). `reason` (at least 10 characters) is required
 * when the decision departs from the recommendation (advance ↔ reject, or advancing an automatic
 * knock-out rejection); 422 `reason-required` otherwise. Appends the system recommendation and the
 * decision to the log, and answers the new DecisionState (201).
 */
export interface DecisionRequest {
  readonly applicationId: string;
  readonly decision: Decision;
  readonly reason?: string;
  /**
   * The recommendation the decider saw and the vacancy version of the list. When given (the web UI
   * always gives it) and the screening has changed since (a new version, or new applications moved an
   * atypical flag), the decision is refused with 409 `recommendation-changed`: the log must hold what
   * the person saw.
   */
  readonly shown?: {
    readonly vacancyVersion: number;
    readonly recommendation: "advance" | "review" | "reject";
  };
}

/** POST /api/vacancies/:id/automatic-rejections (manageCandidates): records the knock-out rejections. */
export interface AutomaticRejectionsResponse {
  readonly rejected: number;
}

/**
 * POST /api/vacancies/:id/tie-breaks (decideCandidates): the preferential policy between undecided
 * candidates of equal score, none rejected by a knock-out. 409 `policy-off` when the policy is off; 422
 * `not-a-tie` when the scores differ. Logged with the tie it broke.
 */
export interface TieBreakRequest {
  readonly applicationIds: readonly string[];
}
export interface TieBreakResponse {
  readonly score: number;
  readonly applicationIds: readonly string[];
  /** Those who asked to be considered under the policy; empty when none did (the tie stands). */
  readonly preferred: readonly string[];
}

/**
 * POST /api/vacancies/:id/applications/:applicationId/letter (manageCandidates): records the letter as
 * sent and makes it readable on the candidate's status page. Downloads: GET
 * …/letter.html?lang=nl|en and …/letter.pdf?lang=nl|en.
 */
export interface LetterRequest {
  readonly language: "nl" | "en";
}
export interface LetterResponse {
  readonly sentAt: string;
}

/**
 * GET /api/vacancies/:id/log (viewScreening); …/log.csv downloads it. Oldest first. `details` by kind:
 *  - recommendation: { automatic, knockout, knockoutsUnknown, atypical (codes), counterfactual (criterion ids) };
 *  - decision by the system: { knockout, confirmedBy (user id) }; by a person: null;
 *  - tie-break: { group, tie (references), applicationIds, preferred (references) };
 *  - letter: { language }.
 */
export interface DecisionLogEntry {
  readonly id: string;
  readonly vacancyId: string;
  readonly applicationId: string | null;
  readonly reference: string | null;
  readonly kind: "recommendation" | "decision" | "tie-break" | "letter";
  readonly vacancyVersion: number;
  readonly recommendation: "advance" | "review" | "reject" | null;
  readonly score: number | null;
  readonly decision: Decision | null;
  readonly override: boolean;
  readonly reason: string | null;
  readonly deciderKind: "system" | "user";
  readonly deciderName: string | null;
  readonly at: string;
  readonly details: Readonly<Record<string, unknown>> | null;
}

/**
 * POST /api/screening/audits (auditScreening): runs the selection audit on the decision log of one
 * vacancy (or all), with the monitoring answers joined in aggregate: one saved audit for the system's
 * recommendations, one for the final human decisions, and one per reviewer.
 */
export interface ScreeningAuditRequest {
  readonly vacancyId?: string;
}
export interface ScreeningAuditResponse {
  readonly audits: readonly (AuditSummary & {
    /** recommendation: the algorithm; decision: all final decisions; decider: one person's decisions. */
    readonly view: "recommendation" | "decision" | "decider";
    /** The person, for a "decider" view. */
    readonly deciderName: string | null;
  })[];
}

/** GET /api/vacancies/:id/monitoring (viewMonitoring): counts per answer; counts below the minimum group size are null. */
export interface MonitoringSummary {
  readonly responses: number | null;
  readonly minGroup: number;
  readonly questions: readonly {
    readonly question: MonitoringQuestion;
    readonly counts: readonly { readonly answer: string; readonly count: number | null }[];
  }[];
}

// Public pages (no login) -----------------------------------------------------------------------------

export const MONITORING_QUESTIONS = {
  gender: ["woman", "man", "non-binary", "other", "no-answer"],
  ageBand: ["under-25", "25-34", "35-44", "45-54", "55-plus", "no-answer"],
  migrationBackground: ["none", "western", "non-western", "no-answer"],
  disability: ["no", "yes", "no-answer"],
} as const;
export type MonitoringQuestion = keyof typeof MONITORING_QUESTIONS;
export type MonitoringAnswers = {
  readonly [Q in MonitoringQuestion]: (typeof MONITORING_QUESTIONS)[Q][number];
};

/** GET /api/public/vacancies/:token: the form of an open vacancy (404 when closed, draft or unknown). */
export interface PublicVacancy {
  readonly organisationName: string;
  readonly title: BilingualText;
  readonly knockouts: readonly { readonly label: BilingualText; readonly reason: BilingualText }[];
  readonly criteria: readonly { readonly label: BilingualText; readonly weight: number }[];
  readonly niceToHaves: readonly { readonly label: BilingualText; readonly weight: number }[];
  readonly formFields: readonly ApplicationFormField[];
  /** The published statement when the preferential policy is on; the form then offers the opt-in. */
  readonly preference: { readonly group: PreferenceGroup; readonly statement: BilingualText } | null;
  readonly monitoring: MonitoringSettings;
}

/** POST /api/public/vacancies/:token/applications */
export interface PublicApplicationRequest {
  readonly name: string;
  readonly email?: string;
  readonly fields: Readonly<Record<string, string>>;
  /** Opt-in to be considered under the preferential policy (only when it is on). */
  readonly preferenceClaim?: boolean;
  /** Must be true: the candidate agrees to the processing of the application. */
  readonly privacyAccepted: boolean;
}
export interface PublicApplicationResponse {
  readonly reference: string;
  /** Secret of the candidate's status page /application/<statusToken> (shown once; only its hash is stored). */
  readonly statusToken: string;
}

/** POST /api/public/applications/:statusToken/monitoring: voluntary; consent must be true. Answers MonitoringSaved (201). */
export interface MonitoringRequest {
  readonly consent: boolean;
  readonly answers: MonitoringAnswers;
}
export interface MonitoringSaved {
  /** When the answers will be deleted. */
  readonly answeredUntil: string;
}
/** DELETE /api/public/applications/:statusToken/monitoring withdraws the answers (deleted at once). */

/** GET /api/public/applications/:statusToken: the candidate's own view. */
export interface ApplicationStatus {
  readonly reference: string;
  readonly organisationName: string;
  readonly vacancyTitle: BilingualText;
  readonly submittedAt: string;
  readonly state: "received" | "decided";
  /** Whether monitoring answers are stored, and until when. */
  readonly monitoring: {
    readonly enabled: boolean;
    /** How long answers are kept, in days (the vacancy's setting). */
    readonly retentionDays: number;
    readonly answeredUntil: string | null;
  };
  /** The explanation letter (self-contained HTML) once the employer has sent it, in the language it was sent in. */
  readonly letter: { readonly sentAt: string; readonly language: "nl" | "en"; readonly html: string } | null;
}

// ---------------------------------------------------------------------------------------------------
// The before-deployment assessment (issue 6). viewAssessments: admin, hr, auditor; manageAssessments:
// admin, hr. Every save is a new version (append-only); a save on an old version is refused (409
// `stale-version`) so two editors never overwrite each other.
// ---------------------------------------------------------------------------------------------------

export type AssessmentQuestionnaire = import("../core/assessment/assessment-model.ts").Questionnaire;
export type AssessmentAnswers = import("../core/assessment/assessment-model.ts").Answers;
export type AssessmentEvaluationBody =
  import("../core/assessment/evaluate-assessment.ts").AssessmentEvaluation;

/** GET /api/assessments */
export interface AssessmentSummary {
  readonly id: string;
  readonly title: string;
  readonly createdAt: string;
  /** 0 before the first save. */
  readonly version: number;
  readonly savedAt: string | null;
  readonly savedBy: string | null;
  readonly classification: AssessmentEvaluationBody["classification"];
  readonly openActions: number;
  readonly answered: number;
  readonly shown: number;
}

/** GET /api/assessments/:id[?version=N] */
export interface AssessmentDetail extends AssessmentSummary {
  /** The version shown (the latest unless ?version= asks for an older one). */
  readonly shownVersion: number;
  readonly answers: AssessmentAnswers;
  readonly evaluation: AssessmentEvaluationBody;
  readonly versions: readonly {
    readonly version: number;
    readonly savedAt: string;
    readonly savedBy: string | null;
  }[];
}

/** POST /api/assessments */
export interface AssessmentCreateRequest {
  readonly title: string;
}

/**
 * PUT /api/assessments/:id/answers: the whole answer set, saved as version baseVersion + 1. Unknown
 * question ids and answers that do not fit the question are refused (422, naming the question);
 * evidence of kind "audit" must name a saved audit of the organisation.
 */
export interface AssessmentSaveRequest {
  readonly baseVersion: number;
  readonly answers: AssessmentAnswers;
}

// ---------------------------------------------------------------------------------------------------
// Discovery (issue 5): groups that are worse off, found without protected data, on an uploaded log or
// a vacancy's screening decision log. runDiscovery: admin, hr, auditor. The run is synchronous (100,000
// rows take about ten seconds on one core, during which that process serves nothing else); a job queue
// is out of scope, so a shared server with large logs should run `aware discover` instead.
// ---------------------------------------------------------------------------------------------------

/** decision (yes/no column), score (numeric column) or error (prediction ≠ label). */
export type DiscoveryOutcome = import("../core/discovery/discovery-table.ts").OutcomeSpec;
/** The report, schema "aware.discovery/1" with `proxies` and `provenance` (core/discovery/discovery-document.ts). */
export type DiscoveryDocumentBody = import("../core/discovery/discovery-document.ts").DiscoveryDocument;

export type DiscoverySource =
  | { readonly kind: "upload"; readonly uploadId: string }
  | { readonly kind: "vacancy"; readonly vacancyId: string };

/**
 * A vacancy's decision log as the discovery reads it: one row per application with a decision (the
 * latest), its form fields as features, `advanced` (1 when the latest decision advanced the candidate,
 * else 0) as the outcome and `reference` (A-0001) as the id. The monitoring answers (gender, ageBand,
 * migrationBackground, disability) may be named as protected attributes, for the groups' composition and
 * the proxy check, by roles with viewMonitoring only; for others they are left out of the run.
 */
export const DECISION_LOG_DISCOVERY = { outcome: "advanced", id: "reference" } as const;

/**
 * POST /api/discoveries (runDiscovery): answers the DiscoveryDocumentBody (201); the run is recorded in
 * the activity log (`discovery.run`), the report is not stored. A problem with the data (a column that is
 * not there, a score that is not a number, too few rows) is 422 with `field` naming the column; an
 * upload or vacancy of another organisation is 404.
 */
export interface DiscoveryRequest {
  readonly source: DiscoverySource;
  readonly outcome: DiscoveryOutcome;
  /** Which side of the outcome is worse for the applicant: "low" (a rejection, a low score) or "high" (an error, a risk score). */
  readonly worse: "low" | "high";
  /** "subgroups" (readable rules, the default in the UI) or "hbac" (as Algorithm Audit's tool, for comparison). */
  readonly method: "subgroups" | "hbac";
  /** The columns to search; default every column but the outcome, the protected attributes and the id. */
  readonly features?: readonly string[];
  /** Protected attributes: never searched, only for each group's composition and the proxy check. */
  readonly protected?: readonly string[];
  /** A column naming each row; never a feature. */
  readonly id?: string;
  /** Smallest group as a share of the search half, 0 < x < 0.5; default 0.05 (subgroups) or 0.025 (HBAC). */
  readonly minSize?: number;
  /** Seed of the split, the resamples and k-means; default 1. */
  readonly seed?: number;
}

export type DiscoveryResponse = DiscoveryDocumentBody;
