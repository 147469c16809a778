import { describe, expect, it } from "vitest";
import { ROLES } from "../../server/api-types.ts";
import { PERMISSIONS } from "../../server/auth/authorize.ts";
import { can } from "./permissions.ts";

describe("can", () => {
  it("gives an admin everything", () => {
    expect(can("admin", "manageUsers")).toBe(true);
    expect(can("admin", "deleteAudits")).toBe(true);
  });

  it("lets HR run audits but not manage users or delete", () => {
    expect(can("hr", "runAudits")).toBe(true);
    expect(can("hr", "deleteAudits")).toBe(false);
    expect(can("hr", "manageUsers")).toBe(false);
  });

  it("lets reviewers and auditors view, and only auditors read the activity log", () => {
    expect(can("reviewer", "viewAudits")).toBe(true);
    expect(can("reviewer", "runAudits")).toBe(false);
    expect(can("reviewer", "viewActivity")).toBe(false);
    expect(can("auditor", "viewActivity")).toBe(true);
  });

  it("gives DHV-ers and employees nothing in this module yet", () => {
    for (const role of ["dhv", "employee"] as const) expect(can(role, "viewAudits")).toBe(false);
    expect(ROLES.every((r) => typeof can(r, "viewAudits") === "boolean")).toBe(true);
  });
});

describe("can, in screening", () => {
  const holders = (permission: Parameters<typeof can>[1]) => ROLES.filter((r) => can(r, permission));

  it("mirrors the server's screening permissions", () => {
    expect(holders("viewScreening")).toEqual(["admin", "hr", "reviewer", "auditor"]);
    expect(holders("manageVacancies")).toEqual(["admin", "hr"]);
    expect(holders("manageCandidates")).toEqual(["admin", "hr"]);
    expect(holders("decideCandidates")).toEqual(["admin", "hr", "reviewer"]);
    expect(holders("auditScreening")).toEqual(["admin", "auditor"]);
    expect(holders("viewMonitoring")).toEqual(["admin", "auditor"]);
  });

  it("agrees with the server's own table", () => {
    const screening = [
      "viewScreening",
      "manageVacancies",
      "manageCandidates",
      "decideCandidates",
      "auditScreening",
      "viewMonitoring",
    ] as const;
    for (const permission of screening) expect(holders(permission)).toEqual([...PERMISSIONS[permission]]);
  });

  it("never shows monitoring data to reviewers", () => {
    expect(can("reviewer", "viewMonitoring")).toBe(false);
  });
});

describe("can, in the before-deployment assessment", () => {
  const holders = (permission: Parameters<typeof can>[1]) => ROLES.filter((r) => can(r, permission));

  it("agrees with the server's own table", () => {
    for (const permission of ["viewAssessments", "manageAssessments"] as const) {
      expect(holders(permission)).toEqual([...PERMISSIONS[permission]]);
    }
  });

  it("lets auditors read and only HR and admins change; reviewers see nothing", () => {
    expect(holders("viewAssessments")).toEqual(["admin", "hr", "auditor"]);
    expect(holders("manageAssessments")).toEqual(["admin", "hr"]);
    expect(can("reviewer", "viewAssessments")).toBe(false);
  });
});
