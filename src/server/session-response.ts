import type { Store, User } from "../store/store.ts";
import type { SessionResponse } from "./api-types.ts";

export async function sessionResponse(store: Store, user: User | undefined): Promise<SessionResponse> {
  const setupNeeded = (await store.countOrganisations()) === 0;
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
