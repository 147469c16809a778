import type { Role } from "../../../server/api-types.ts";
import { can, type Permission } from "../../app/permissions.ts";
import { VACANCY_SECTIONS, type VacancySection } from "../../app/routes.ts";

/** Who may open each section of a vacancy's page; the server refuses the data to anyone else as well. */
export const SECTION_PERMISSION: Readonly<Record<VacancySection, Permission>> = {
  review: "viewScreening",
  candidates: "manageCandidates",
  log: "viewScreening",
  // The section holds the log audit (auditScreening) and the link to the discovery (runDiscovery).
  audit: "runDiscovery",
  monitoring: "viewMonitoring",
};

/** The sections a role sees in the vacancy's navigation, in their order. */
export const sectionsFor = (role: Role): VacancySection[] =>
  VACANCY_SECTIONS.filter((s) => can(role, SECTION_PERMISSION[s]));

export const maySee = (role: Role, section: VacancySection): boolean =>
  can(role, SECTION_PERMISSION[section]);
