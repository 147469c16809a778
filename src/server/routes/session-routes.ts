import { Hono } from "hono";
import { StoreConflictError } from "../../store/store.ts";
import { logActivity } from "../activity.ts";
import { loginSchema, setupSchema, validJson } from "../api-schemas.ts";
import type { LoginRequest, SetupRequest } from "../api-types.ts";
import type { AppDeps, AppEnv } from "../app-env.ts";
import { AppError } from "../app-error.ts";
import { clientAddress } from "../auth/client-address.ts";
import { hashPassword, verifyPassword } from "../auth/password-hash.ts";
import { endSession, ensureCsrfCookie, startSession } from "../auth/session-cookie.ts";
import { createDemoOrganisation } from "../demo-organisation.ts";
import { registrationOpen, sessionResponse } from "../session-response.ts";

/** Login throttling: at most this many failures per account (and per client address) in the window. */
const MAX_FAILURES = 5;
const MAX_FAILURES_PER_ADDRESS = 50;
const WINDOW_MINUTES = 15;
/** Demo organisations one client address may open per hour (counted with the throttling records). */
const MAX_DEMOS_PER_HOUR = 20;

/** A hash to compare against when the email is unknown, so both cases take as long (no user probing). */
let dummyHash: Promise<string> | undefined;

export function sessionRoutes(deps: AppDeps) {
  const { store } = deps;
  return new Hono<AppEnv>()
    .get("/session", async (c) => {
      ensureCsrfCookie(c, deps);
      return c.json(await sessionResponse(store, c.get("user"), deps.openRegistration));
    })
    .post("/setup", validJson(setupSchema), async (c) => {
      const body: SetupRequest = c.req.valid("json");
      const now = deps.now();
      if (!(await registrationOpen(store, deps.openRegistration ?? false))) {
        throw new AppError(403, "registration-closed", "api.registration-closed");
      }
      if (await store.findUserByEmail(body.email)) {
        throw new AppError(409, "email-taken", "api.email-taken", {}, "email");
      }
      const organisation = await store.createOrganisation({
        name: body.organisationName,
        isDemo: false,
        now: now.toISOString(),
      });
      const user = await createUserOrConflict(deps, {
        organisationId: organisation.id,
        email: body.email,
        name: body.name,
        passwordHash: await hashPassword(body.password),
        role: "admin",
        now: now.toISOString(),
      });
      await logActivity(store, user, "setup", organisation.name, now);
      await startSession(c, deps, user.id);
      return c.json(await sessionResponse(store, user, deps.openRegistration), 201);
    })
    .post("/demo", async (c) => {
      // Each demo is an organisation with a copy of the example: at most a few per address per hour.
      const now = deps.now();
      const key = `demo:${clientAddress(c, deps.trustProxy === true)}`;
      const since = new Date(now.getTime() - 3_600_000).toISOString();
      if ((await store.countLoginFailures(key, since)) >= MAX_DEMOS_PER_HOUR) {
        c.header("Retry-After", "3600");
        throw new AppError(429, "too-many-attempts", "api.too-many-attempts", { minutes: 60 });
      }
      await store.recordLoginFailure(key, now.toISOString());
      const user = await createDemoOrganisation(deps);
      await startSession(c, deps, user.id);
      return c.json(await sessionResponse(store, user, deps.openRegistration), 201);
    })
    .post("/login", validJson(loginSchema), async (c) => {
      const body: LoginRequest = c.req.valid("json");
      const now = deps.now();
      const since = new Date(now.getTime() - WINDOW_MINUTES * 60_000).toISOString();
      const accountKey = `account:${body.email}`;
      const addressKey = `address:${clientAddress(c, deps.trustProxy === true)}`;
      if (
        (await store.countLoginFailures(accountKey, since)) >= MAX_FAILURES ||
        (await store.countLoginFailures(addressKey, since)) >= MAX_FAILURES_PER_ADDRESS
      ) {
        c.header("Retry-After", String(WINDOW_MINUTES * 60));
        throw new AppError(429, "too-many-attempts", "api.too-many-attempts", { minutes: WINDOW_MINUTES });
      }
      const user = await store.findUserByEmail(body.email);
      dummyHash ??= hashPassword("not a password of anyone");
      const ok = await verifyPassword(body.password, user?.passwordHash ?? (await dummyHash));
      if (!user || !ok) {
        await store.recordLoginFailure(accountKey, now.toISOString());
        await store.recordLoginFailure(addressKey, now.toISOString());
        if (user) await logActivity(store, user, "login.failed", null, now);
        throw new AppError(401, "invalid-credentials", "api.invalid-credentials");
      }
      await store.clearLoginFailures(accountKey);
      await startSession(c, deps, user.id);
      await logActivity(store, user, "login", null, now);
      return c.json(await sessionResponse(store, user, deps.openRegistration));
    })
    .post("/logout", async (c) => {
      const user = c.get("user");
      if (user) await logActivity(store, user, "logout", null, deps.now());
      await endSession(c, deps);
      return c.body(null, 204);
    });
}

export async function createUserOrConflict(
  deps: AppDeps,
  input: Parameters<AppDeps["store"]["createUser"]>[0],
) {
  try {
    return await deps.store.createUser(input);
  } catch (error) {
    if (error instanceof StoreConflictError)
      throw new AppError(409, "email-taken", "api.email-taken", {}, "email");
    throw error;
  }
}
