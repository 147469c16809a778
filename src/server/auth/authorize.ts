import { createMiddleware } from "hono/factory";
import type { Role } from "../../store/store.ts";
import type { AppEnv } from "../app-env.ts";
import { forbidden, unauthenticated } from "../app-error.ts";

/**
 * What each role may do. Audits: reviewers and auditors read; HR also uploads and runs audits; admins
 * also delete and manage people. Screening: see the list in api-types.ts. DHV-ers and employees have
 * no access here yet.
 */
export const PERMISSIONS = {
  viewAudits: ["admin", "hr", "reviewer", "auditor"],
  runAudits: ["admin", "hr"],
  deleteData: ["admin"],
  manageUsers: ["admin"],
  viewActivity: ["admin", "auditor"],
  // Screening (issue 4). Reviewers judge the ranked list without names and never see monitoring data.
  viewScreening: ["admin", "hr", "reviewer", "auditor"],
  manageVacancies: ["admin", "hr"],
  manageCandidates: ["admin", "hr"],
  decideCandidates: ["admin", "hr", "reviewer"],
  // Only roles that may see monitoring aggregates: re-running the log audit after each decision would
  // otherwise reveal a named candidate's answers by difference.
  auditScreening: ["admin", "auditor"],
  viewMonitoring: ["admin", "auditor"],
  // The before-deployment assessment (issue 6).
  viewAssessments: ["admin", "hr", "auditor"],
  manageAssessments: ["admin", "hr"],
  // Discovery (issue 5): finding groups that are worse off, on uploads or a vacancy's decision log.
  runDiscovery: ["admin", "hr", "auditor"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export const can = (role: Role, permission: Permission): boolean =>
  (PERMISSIONS[permission] as readonly Role[]).includes(role);

/** Requires a logged-in user whose role has the permission (401 or 403 otherwise). */
export const authorize = (permission?: Permission) =>
  createMiddleware<AppEnv>(async (c, next) => {
    const user = c.get("user");
    if (!user) throw unauthenticated();
    if (permission && !can(user.role, permission)) throw forbidden();
    await next();
  });
