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
