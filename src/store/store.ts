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
}
