import { ROLES, type Role } from "./store.ts";

/** The database has no CHECK on roles (see migrations/0001-initial.ts), so every write goes through this. */
export function checkRole(role: string): Role {
  if (!(ROLES as readonly string[]).includes(role))
    throw new RangeError(`unknown role ${JSON.stringify(role)}`);
  return role as Role;
}
