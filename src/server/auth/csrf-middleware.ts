import { timingSafeEqual } from "node:crypto";
import { getCookie } from "hono/cookie";
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../app-env.ts";
import { AppError } from "../app-error.ts";
import { CSRF_COOKIE } from "./session-cookie.ts";

const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);

/** Whether an Origin header names this host ("null" and malformed origins do not). */
function sameHost(origin: string, host: string): boolean {
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/**
 * CSRF protection by double submit (OWASP): a state-changing request must carry the `x-csrf-token`
 * header equal to the `aware_csrf` cookie. Another site can make the browser send the cookie but can
 * neither read it nor set the header. A present Origin header must also be this host.
 */
export const csrfMiddleware = createMiddleware<AppEnv>(async (c, next) => {
  if (!SAFE.has(c.req.method)) {
    const cookie = getCookie(c, CSRF_COOKIE) ?? "";
    const header = c.req.header("x-csrf-token") ?? "";
    const origin = c.req.header("origin");
    const sameOrigin = !origin || sameHost(origin, c.req.header("host") ?? new URL(c.req.url).host);
    const a = Buffer.from(cookie);
    const b = Buffer.from(header);
    if (!sameOrigin || a.length === 0 || a.length !== b.length || !timingSafeEqual(a, b)) {
      throw new AppError(403, "csrf", "api.csrf");
    }
  }
  await next();
});
