/**
 * The storage contract the server codes against: organisations, users, invitations, sessions, login
 * throttling, the activity log, uploads and saved audits. One implementation (kysely-store.ts) serves
 * SQLite and PostgreSQL; open it with openStore (open-store.ts).
 *
 * Every organisation-scoped method takes the organisation's id first and filters by it, so a wrong
 * organisation gets `undefined`, `false` or `[]`, never another tenant's row. Times are ISO-8601
 * strings from the caller (the store has no clock); they are stored in the canonical UTC form of
 * `Date.prototype.toISOString`, so compare equal to what `new Date(x).toISOString()` gives. A time
 * that is not a date is a programmer error (RangeError).
 */
import type { Vacancy } from "../core/screening/vacancy.ts";

export { StoreConflictError } from "./store-conflict-error.ts";

export const ROLES = ["admin", "hr", "reviewer", "auditor", "dhv", "employee"] as const;
export type Role = (typeof ROLES)[number];

export interface Organisation {
  id: string;
  name: string;
  isDemo: boolean;
  createdAt: string;
}

export interface User {
  id: string;
  organisationId: string;
  email: string;
  name: string;
  passwordHash: string;
  role: Role;
  createdAt: string;
}

export interface Invitation {
  id: string;
  organisationId: string;
  role: Role;
  createdBy: string;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
  usedBy: string | null;
}

export interface Session {
  idHash: string;
  userId: string;
  createdAt: string;
  expiresAt: string;
}

export interface ActivityEntry {
  id: string;
  organisationId: string;
  userId: string | null;
  /** The user's current name, joined at read time. */
  userName: string | null;
  action: string;
  subject: string | null;
  details: Record<string, unknown> | null;
  at: string;
}

export interface Upload {
  id: string;
  organisationId: string;
  createdBy: string;
  filename: string;
  /** Where the file lives on disk; the store never touches the file. */
  path: string;
  bytes: number;
  sha256: string;
  format: string;
  columns: string[];
  guess: Record<string, unknown>;
  createdAt: string;
}

export interface SavedAudit {
  id: string;
  organisationId: string;
  createdBy: string;
  /** The creator's current name, joined at read time. */
  createdByName: string | null;
  /** Null once the upload it was made from is deleted; the audit keeps its figures. */
  uploadId: string | null;
  filename: string;
  title: string;
  request: unknown;
  document: unknown;
  rows: number;
  findings: unknown;
  createdAt: string;
}

export type VacancyStatus = "draft" | "open" | "closed";

export interface StoredVacancy {
  id: string;
  organisationId: string;
  createdBy: string;
  /** The public application form's token (a URL part, not a secret). */
  publicToken: string;
  status: VacancyStatus;
  /** 1 at creation, +1 on every update. */
  version: number;
  definition: Vacancy;
  /** Opaque to the store (the server validates it). */
  preferentialPolicy: Record<string, unknown> | null;
  monitoring: { enabled: boolean; retentionDays: number };
  createdAt: string;
  updatedAt: string;
}

export interface VacancyCounts {
  applications: number;
  /** Applications with no decision in the log. */
  undecided: number;
}

export type ApplicationSource = "form" | "entered" | "import";

export interface StoredApplication {
  id: string;
  organisationId: string;
  vacancyId: string;
  /** 1, 2, … per vacancy, in order of arrival: the reference "A-0001". */
  number: number;
  source: ApplicationSource;
  name: string;
  email: string | null;
  fields: Record<string, string>;
  preferenceClaim: boolean;
  createdBy: string | null;
  createdAt: string;
}

export type ApplicationInput = Omit<StoredApplication, "id" | "number" | "createdAt"> & {
  /** SHA-256 of the candidate's status token (public form only). */
  statusTokenHash: string | null;
};

export type ScreeningLogKind = "recommendation" | "decision" | "tie-break" | "letter";

export interface ScreeningLogEntry {
  id: string;
  organisationId: string;
  vacancyId: string;
  applicationId: string | null;
  kind: ScreeningLogKind;
  vacancyVersion: number;
  recommendation: "advance" | "review" | "reject" | null;
  score: number | null;
  decision: "advance" | "reject" | null;
  override: boolean;
  reason: string | null;
  /** Null: the system decided (an automatic knock-out rejection) or recommended. */
  deciderId: string | null;
  /** The decider's current name, joined at read time. */
  deciderName: string | null;
  at: string;
  details: Record<string, unknown> | null;
}

export type ScreeningLogInput = Omit<ScreeningLogEntry, "id" | "deciderName">;

export interface StoredLetter {
  id: string;
  applicationId: string;
  language: "nl" | "en";
  html: string;
  sentBy: string;
  sentAt: string;
}

export interface MonitoringRecord {
  applicationId: string;
  vacancyId: string;
  answers: Record<string, string>;
  consentVersion: string;
  consentedAt: string;
  deleteAfter: string;
}

export interface StoredAssessment {
  id: string;
  organisationId: string;
  title: string;
  createdBy: string;
  createdAt: string;
  /** The latest version's number, 0 before the first save. */
  version: number;
  /** When and by whom the latest version was saved; null before the first save. */
  savedAt: string | null;
  savedByName: string | null;
}

export interface AssessmentVersion {
  version: number;
  questionnaireVersion: string;
  answers: Record<string, unknown>;
  savedBy: string;
  savedByName: string | null;
  savedAt: string;
}

/** A saved audit without its two large JSON values, for lists. */
export type SavedAuditSummary = Omit<SavedAudit, "document" | "request">;

export interface Store {
  readonly dialect: "sqlite" | "postgres";
  /** Closes the database (SQLite file or PostgreSQL pool). Safe to call more than once. */
  close(): Promise<void>;

  createOrganisation(input: { name: string; isDemo: boolean; now: string }): Promise<Organisation>;
  getOrganisation(id: string): Promise<Organisation | undefined>;
  /** All organisations, or with `includeDemo: false` only the real ones. */
  countOrganisations(options?: { includeDemo?: boolean }): Promise<number>;

  /** Throws StoreConflictError("email-taken") when the email, compared lower-cased, is taken on this server. */
  createUser(input: {
    organisationId: string;
    email: string;
    name: string;
    passwordHash: string;
    role: Role;
    now: string;
  }): Promise<User>;
  /** Case-insensitive, across all organisations (for login). */
  findUserByEmail(email: string): Promise<User | undefined>;
  /** Not organisation-scoped: for the session lookup and the logged-in user's own record. */
  getUser(id: string): Promise<User | undefined>;
  listUsers(organisationId: string): Promise<User[]>;
  /** Undefined when the user is not in that organisation. */
  updateUserRole(organisationId: string, userId: string, role: Role): Promise<User | undefined>;
  countAdmins(organisationId: string): Promise<number>;
  /**
   * Removes an account that was just created and that nothing refers to yet (used when an invitation
   * turns out to be taken after all); false when it is not in the organisation or is referred to.
   */
  deleteNewUser(organisationId: string, userId: string): Promise<boolean>;

  /** Only the SHA-256 of the token is stored. */
  createInvitation(input: {
    organisationId: string;
    tokenHash: string;
    role: Role;
    createdBy: string;
    now: string;
    expiresAt: string;
  }): Promise<Invitation>;
  findInvitation(tokenHash: string): Promise<Invitation | undefined>;
  /** Marks it used if it is unused and not expired at `now`; false otherwise (single use, race-safe). */
  useInvitation(tokenHash: string, userId: string, now: string): Promise<boolean>;

  /** Only the SHA-256 of the session id is stored. */
  createSession(input: { idHash: string; userId: string; now: string; expiresAt: string }): Promise<Session>;
  /** The session and its user, when the session exists and has not expired at `now`. */
  findSession(idHash: string, now: string): Promise<{ session: Session; user: User } | undefined>;
  deleteSession(idHash: string): Promise<void>;
  deleteUserSessions(userId: string): Promise<void>;
  /** Removes sessions whose expiry is at or before `now`; returns how many. */
  deleteExpiredSessions(now: string): Promise<number>;

  recordLoginFailure(key: string, at: string): Promise<void>;
  /** Failures for `key` at or after `since`. */
  countLoginFailures(key: string, since: string): Promise<number>;
  clearLoginFailures(key: string): Promise<void>;
  /** Removes throttling records older than `before` (they hold client addresses); returns how many. */
  deleteLoginFailuresBefore(before: string): Promise<number>;

  /** Append-only: the database itself refuses UPDATE and DELETE on the activity table. */
  appendActivity(input: {
    organisationId: string;
    userId: string | null;
    action: string;
    subject: string | null;
    details?: Record<string, unknown> | null;
    at: string;
  }): Promise<void>;
  /** Newest first (ties in the order appended); `limit` defaults to 100. */
  listActivity(organisationId: string, options?: { limit?: number }): Promise<ActivityEntry[]>;

  createUpload(input: Omit<Upload, "id">): Promise<Upload>;
  getUpload(organisationId: string, id: string): Promise<Upload | undefined>;
  /** Newest first. */
  listUploads(organisationId: string): Promise<Upload[]>;
  /** Deletes the row and returns it (so the caller removes the file); audits made from it keep their figures with uploadId null. */
  deleteUpload(organisationId: string, id: string): Promise<Upload | undefined>;

  createAudit(input: Omit<SavedAudit, "id" | "createdByName">): Promise<SavedAudit>;
  getAudit(organisationId: string, id: string): Promise<SavedAudit | undefined>;
  /**
   * The summary and the report's JSON text as stored, unparsed: the server sends it on without
   * parsing and re-serialising megabytes per request.
   */
  getAuditDocumentText(
    organisationId: string,
    id: string,
  ): Promise<{ summary: SavedAuditSummary; document: string } | undefined>;
  /** Newest first, without `document` and `request` (which may be megabytes). */
  listAudits(organisationId: string): Promise<SavedAuditSummary[]>;
  deleteAudit(organisationId: string, id: string): Promise<boolean>;

  // Screening ------------------------------------------------------------------------------------
  createVacancy(input: Omit<StoredVacancy, "id" | "version" | "updatedAt">): Promise<StoredVacancy>;
  /** Replaces the editable parts and adds one to the version; undefined when not in the organisation. */
  updateVacancy(
    organisationId: string,
    id: string,
    input: Pick<StoredVacancy, "status" | "definition" | "preferentialPolicy" | "monitoring"> & {
      now: string;
    },
  ): Promise<StoredVacancy | undefined>;
  getVacancy(organisationId: string, id: string): Promise<StoredVacancy | undefined>;
  /** Not organisation-scoped: the public form finds its vacancy by token. */
  findVacancyByToken(publicToken: string): Promise<StoredVacancy | undefined>;
  /** Newest first, with counts. */
  listVacancies(organisationId: string): Promise<(StoredVacancy & VacancyCounts)[]>;

  /**
   * Adds applications to a vacancy of the organisation in one transaction (all or none), numbering
   * them on from the vacancy's highest number. Undefined when the vacancy is not in the organisation.
   */
  createApplications(
    organisationId: string,
    vacancyId: string,
    inputs: readonly ApplicationInput[],
    now: string,
  ): Promise<StoredApplication[] | undefined>;
  getApplication(organisationId: string, id: string): Promise<StoredApplication | undefined>;
  /** Not organisation-scoped: the candidate's status page finds it by the token's hash. */
  findApplicationByStatusToken(tokenHash: string): Promise<StoredApplication | undefined>;
  /** In order of arrival. */
  listApplications(organisationId: string, vacancyId: string): Promise<StoredApplication[]>;

  /** Appends entries in one transaction. Append-only: the database refuses UPDATE and DELETE. */
  appendScreeningLog(entries: readonly ScreeningLogInput[]): Promise<void>;
  /** Oldest first; one vacancy or (without vacancyId) all of the organisation. */
  listScreeningLog(organisationId: string, options?: { vacancyId?: string }): Promise<ScreeningLogEntry[]>;

  saveLetter(input: Omit<StoredLetter, "id"> & { organisationId: string }): Promise<StoredLetter>;
  /** The most recently sent letter of an application. */
  latestLetter(organisationId: string, applicationId: string): Promise<StoredLetter | undefined>;

  /** Stores (or replaces) a candidate's monitoring answers, apart from the application. */
  saveMonitoring(input: MonitoringRecord & { organisationId: string }): Promise<void>;
  /** Not organisation-scoped: for the candidate's own status page. Only when and until when, never the answers. */
  monitoringDeleteAfter(applicationId: string): Promise<string | undefined>;
  /** Withdrawal: deletes the answers at once; false when there were none. */
  deleteMonitoring(applicationId: string): Promise<boolean>;
  /** Deletes answers whose retention ended at or before `now`; returns how many. */
  deleteExpiredMonitoring(now: string): Promise<number>;
  /** Only for aggregate use (the audit, the counts): never sent to a client row by row. */
  monitoringForAggregates(
    organisationId: string,
    options?: { vacancyId?: string },
  ): Promise<MonitoringRecord[]>;

  // Assessments ----------------------------------------------------------------------------------
  createAssessment(input: {
    organisationId: string;
    title: string;
    createdBy: string;
    now: string;
  }): Promise<StoredAssessment>;
  /** Newest first. */
  listAssessments(organisationId: string): Promise<StoredAssessment[]>;
  getAssessment(organisationId: string, id: string): Promise<StoredAssessment | undefined>;
  /**
   * Appends a version numbered `baseVersion + 1`. Throws StoreConflictError("stale-version") when
   * someone saved in between (the latest version is not `baseVersion`); undefined when the assessment
   * is not in the organisation.
   */
  saveAssessmentVersion(
    organisationId: string,
    id: string,
    input: {
      baseVersion: number;
      questionnaireVersion: string;
      answers: Record<string, unknown>;
      savedBy: string;
      now: string;
    },
  ): Promise<AssessmentVersion | undefined>;
  /** One version, or the latest without `version`; undefined when there is none. */
  getAssessmentVersion(
    organisationId: string,
    id: string,
    version?: number,
  ): Promise<AssessmentVersion | undefined>;
  /** Every version, newest first, without the answers. */
  listAssessmentVersions(organisationId: string, id: string): Promise<Omit<AssessmentVersion, "answers">[]>;
}
