import { describe, expect, it } from "vitest";
import { ROLES } from "../../server/api-types.ts";
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
