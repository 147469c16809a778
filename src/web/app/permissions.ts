import type { Role } from "../../server/api-types.ts";

/** What a role may do in the selection audit module; the server enforces the same rules. */
export type Permission =
  | "viewAudits"
  | "runAudits"
  | "deleteAudits"
  | "deleteUploads"
  | "manageUsers"
  | "viewActivity";

const GRANTS: Readonly<Record<Role, readonly Permission[]>> = {
  admin: ["viewAudits", "runAudits", "deleteAudits", "deleteUploads", "manageUsers", "viewActivity"],
  hr: ["viewAudits", "runAudits"],
  reviewer: ["viewAudits"],
  auditor: ["viewAudits", "viewActivity"],
  dhv: [],
  employee: [],
};

export const can = (role: Role, permission: Permission): boolean => GRANTS[role].includes(permission);
