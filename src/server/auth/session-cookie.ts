import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import type { AppDeps, AppEnv } from "../app-env.ts";
import { randomToken, sha256 } from "./tokens.ts";

export const SESSION_COOKIE = "aware_session";
export const CSRF_COOKIE = "aware_csrf";
/** Sessions last eight hours: a working day, then log in again. */
export const SESSION_HOURS = 8;

/** Starts a session in the database and sets its cookie (HttpOnly, SameSite=Lax, Secure behind HTTPS). */
export async function startSession(c: Context<AppEnv>, deps: AppDeps, userId: string): Promise<void> {
  const previous = c.get("sessionHash");
  if (previous) await deps.store.deleteSession(previous);
  const id = randomToken();
  const now = deps.now();
  const expires = new Date(now.getTime() + SESSION_HOURS * 3_600_000);
  await deps.store.createSession({
    idHash: sha256(id),
    userId,
    now: now.toISOString(),
    expiresAt: expires.toISOString(),
  });
  setCookie(c, SESSION_COOKIE, id, {
    httpOnly: true,
    sameSite: "Lax",
    secure: deps.secureCookies,
    path: "/",
    expires,
  });
}

export async function endSession(c: Context<AppEnv>, deps: AppDeps): Promise<void> {
  const hash = c.get("sessionHash");
  if (hash) await deps.store.deleteSession(hash);
  deleteCookie(c, SESSION_COOKIE, { path: "/" });
}

/** The CSRF cookie (readable by the page's script, which echoes it in a header). */
export function ensureCsrfCookie(c: Context<AppEnv>, deps: AppDeps): void {
  if (getCookie(c, CSRF_COOKIE)) return;
  setCookie(c, CSRF_COOKIE, randomToken(), {
    httpOnly: false,
    sameSite: "Strict",
    secure: deps.secureCookies,
    path: "/",
  });
}
