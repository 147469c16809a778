import { Hono } from "hono";
import type { ActivityEntry } from "../api-types.ts";
import type { AppDeps, AppEnv } from "../app-env.ts";
import { authorize } from "../auth/authorize.ts";

export function activityRoutes(deps: AppDeps) {
  return new Hono<AppEnv>().get("/activity", authorize("viewActivity"), async (c) => {
    const user = c.get("user")!;
    const entries = await deps.store.listActivity(user.organisationId, { limit: 500 });
    return c.json(
      entries.map(
        (e): ActivityEntry => ({
          id: e.id,
          at: e.at,
          userId: e.userId,
          userName: e.userName,
          action: e.action,
          subject: e.subject,
        }),
      ),
    );
  });
}
