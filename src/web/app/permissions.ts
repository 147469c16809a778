import type { Role } from "../../server/api-types.ts";

/** What a role may do; the server enforces the same rules (src/server/auth/authorize.ts). */
export type Permission =
  | "viewAudits"
  | "runAudits"
  | "deleteAudits"
  | "deleteUploads"
  | "manageUsers"
  | "viewActivity"
  // Screening (issue 4): see the list in src/server/api-types.ts.
  | "viewScreening"
  | "manageVacancies"
  | "manageCandidates"
  | "decideCandidates"
  | "auditScreening"
  | "viewMonitoring"
  // The before-deployment assessment (issue 6).
  | "viewAssessments"
  | "manageAssessments"
  // Discovery (issue 5): groups that are worse off, on uploads or a vacancy's decision log.
  | "runDiscovery";

const SCREENING_ALL: readonly Permission[] = [
  "viewScreening",
  "manageVacancies",
  "manageCandidates",
  "decideCandidates",
  "auditScreening",
  "viewMonitoring",
];

const GRANTS: Readonly<Record<Role, readonly Permission[]>> = {
  admin: [
    "viewAudits",
    "runAudits",
    "deleteAudits",
    "deleteUploads",
    "manageUsers",
    "viewActivity",
    ...SCREENING_ALL,
    "viewAssessments",
    "manageAssessments",
    "runDiscovery",
  ],
  hr: [
    "viewAudits",
    "runAudits",
    "viewScreening",
    "manageVacancies",
    "manageCandidates",
    "decideCandidates",
    "viewAssessments",
    "manageAssessments",
    "runDiscovery",
  ],
  // Reviewers judge the ranked list without names and never see monitoring data.
  reviewer: ["viewAudits", "viewScreening", "decideCandidates"],
  auditor: [
    "viewAudits",
    "viewActivity",
    "viewScreening",
    "auditScreening",
    "viewMonitoring",
    "viewAssessments",
    "runDiscovery",
  ],
  dhv: [],
  employee: [],
};

export const can = (role: Role, permission: Permission): boolean => GRANTS[role].includes(permission);
