import type { Store, User } from "../store/store.ts";

/** Appends to the organisation's activity log: who did what to which thing (append-only in the database). */
export function logActivity(
  store: Store,
  user: User,
  action: string,
  subject: string | null,
  at: Date,
  details: Record<string, unknown> | null = null,
): Promise<void> {
  return store.appendActivity({
    organisationId: user.organisationId,
    userId: user.id,
    action,
    subject,
    details,
    at: at.toISOString(),
  });
}
