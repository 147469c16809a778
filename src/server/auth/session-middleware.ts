import { getCookie } from "hono/cookie";
import { createMiddleware } from "hono/factory";
import type { AppDeps, AppEnv } from "../app-env.ts";
import { SESSION_COOKIE } from "./session-cookie.ts";
import { sha256 } from "./tokens.ts";

/** Looks up the session cookie in the database (no in-process state: any app process can serve it). */
export const sessionMiddleware = (deps: AppDeps) =>
  createMiddleware<AppEnv>(async (c, next) => {
    const id = getCookie(c, SESSION_COOKIE);
    c.set("user", undefined);
    c.set("sessionHash", undefined);
    if (id) {
      const hash = sha256(id);
      const found = await deps.store.findSession(hash, deps.now().toISOString());
      if (found) {
        c.set("user", found.user);
        c.set("sessionHash", hash);
      }
    }
    await next();
  });
