import type { UiKey } from "../../i18n/en.ts";

/**
 * Activity codes the server is expected to log (see the report to the server engineer), each with a
 * phrase; an unknown code is shown as it is, so nothing is ever hidden.
 */
export const KNOWN_ACTIONS = [
  "setup",
  "demo",
  "login",
  "login.failed",
  "logout",
  "user.role",
  "invitation.create",
  "invitation.accept",
  "upload.create",
  "upload.delete",
  "audit.create",
  "audit.view",
  "audit.delete",
  "report.download",
  // Screening (issue 4)
  "vacancy.create",
  "vacancy.update",
  "application.create",
  "application.import",
  "letter.send",
  "monitoring.view",
  // The before-deployment assessment (issue 6)
  "assessment.create",
  "assessment.save",
  // Discovery (issue 5)
  "discovery.run",
] as const;

export type KnownAction = (typeof KNOWN_ACTIONS)[number];

export function actionKey(action: string): UiKey | undefined {
  return (KNOWN_ACTIONS as readonly string[]).includes(action)
    ? (`activity.action.${action}` as UiKey)
    : undefined;
}
