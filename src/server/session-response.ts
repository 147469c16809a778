import type { Store, User } from "../store/store.ts";
import type { SessionResponse } from "./api-types.ts";

/** A new organisation may be created on the first visit (no real organisation yet), or always when opened. */
export async function registrationOpen(store: Store, openRegistration: boolean): Promise<boolean> {
  return openRegistration || (await store.countOrganisations({ includeDemo: false })) === 0;
}

export async function sessionResponse(
  store: Store,
  user: User | undefined,
  openRegistration = false,
): Promise<SessionResponse> {
  const setupNeeded = await registrationOpen(store, openRegistration);
  if (!user) return { user: null, setupNeeded };
  const organisation = await store.getOrganisation(user.organisationId);
  if (!organisation) return { user: null, setupNeeded };
  return {
    user: {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      organisation: { id: organisation.id, name: organisation.name, isDemo: organisation.isDemo },
    },
    setupNeeded,
  };
}
