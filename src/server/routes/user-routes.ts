import { Hono } from "hono";
import type { User } from "../../store/store.ts";
import { logActivity } from "../activity.ts";
import { acceptInvitationSchema, invitationSchema, roleSchema, validJson } from "../api-schemas.ts";
import type { InvitationInfo, InvitationResponse, UserSummary } from "../api-types.ts";
import type { AppDeps, AppEnv } from "../app-env.ts";
import { AppError, notFound } from "../app-error.ts";
import { authorize } from "../auth/authorize.ts";
import { hashPassword } from "../auth/password-hash.ts";
import { startSession } from "../auth/session-cookie.ts";
import { randomToken, sha256 } from "../auth/tokens.ts";
import { sessionResponse } from "../session-response.ts";
import { createUserOrConflict } from "./session-routes.ts";

/** Invitations are valid for a week and can be used once. */
const INVITATION_DAYS = 7;

const summary = (u: User): UserSummary => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: u.role,
  createdAt: u.createdAt,
});

export function userRoutes(deps: AppDeps) {
  const { store } = deps;
  return new Hono<AppEnv>()
    .get("/users", authorize("manageUsers"), async (c) => {
      const user = c.get("user")!;
      return c.json((await store.listUsers(user.organisationId)).map(summary));
    })
    .patch("/users/:id", authorize("manageUsers"), validJson(roleSchema), async (c) => {
      const user = c.get("user")!;
      const { role } = c.req.valid("json");
      const target = (await store.listUsers(user.organisationId)).find((u) => u.id === c.req.param("id"));
      if (!target) throw notFound();
      if (
        target.role === "admin" &&
        role !== "admin" &&
        (await store.countAdmins(user.organisationId)) <= 1
      ) {
        throw new AppError(409, "last-admin", "api.last-admin", {}, "role");
      }
      const updated = await store.updateUserRole(user.organisationId, target.id, role);
      if (!updated) throw notFound();
      await logActivity(store, user, "user.role", updated.email, deps.now(), {
        from: target.role,
        to: role,
      });
      return c.json(summary(updated));
    })
    .post("/invitations", authorize("manageUsers"), validJson(invitationSchema), async (c) => {
      const user = c.get("user")!;
      const { role } = c.req.valid("json");
      const token = randomToken();
      const now = deps.now();
      const expiresAt = new Date(now.getTime() + INVITATION_DAYS * 86_400_000).toISOString();
      await store.createInvitation({
        organisationId: user.organisationId,
        tokenHash: sha256(token),
        role,
        createdBy: user.id,
        now: now.toISOString(),
        expiresAt,
      });
      await logActivity(store, user, "invitation.create", role, now);
      const body: InvitationResponse = { token, path: `/invite/${token}`, role, expiresAt };
      return c.json(body, 201);
    })
    .get("/invitations/:token", async (c) => {
      const invitation = await store.findInvitation(sha256(c.req.param("token")));
      if (!invitation) throw notFound();
      const organisation = await store.getOrganisation(invitation.organisationId);
      const valid = invitation.usedAt === null && invitation.expiresAt > deps.now().toISOString();
      const body: InvitationInfo = {
        organisationName: organisation?.name ?? "",
        role: invitation.role,
        valid,
      };
      return c.json(body);
    })
    .post("/invitations/:token/accept", validJson(acceptInvitationSchema), async (c) => {
      const body = c.req.valid("json");
      const tokenHash = sha256(c.req.param("token"));
      const invitation = await store.findInvitation(tokenHash);
      const now = deps.now();
      if (!invitation || invitation.usedAt !== null || invitation.expiresAt <= now.toISOString()) {
        throw new AppError(410, "invitation-invalid", "api.invitation-invalid");
      }
      if (await store.findUserByEmail(body.email))
        throw new AppError(409, "email-taken", "api.email-taken", {}, "email");
      const user = await createUserOrConflict(deps, {
        organisationId: invitation.organisationId,
        email: body.email,
        name: body.name,
        passwordHash: await hashPassword(body.password),
        role: invitation.role,
        now: now.toISOString(),
      });
      if (!(await store.useInvitation(tokenHash, user.id, now.toISOString()))) {
        // Another request took the invitation first: undo this account, so a link makes one account.
        await store.deleteNewUser(user.organisationId, user.id);
        throw new AppError(410, "invitation-invalid", "api.invitation-invalid");
      }
      await logActivity(store, user, "invitation.accept", user.email, now);
      await startSession(c, deps, user.id);
      return c.json(await sessionResponse(store, user, deps.openRegistration), 201);
    });
}
