/**
 * An app on a real SQLite store in a temporary directory, with a clock the test can move, and clients
 * that keep their cookies and send the CSRF header like the browser UI does. No port: app.request().
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createApp } from "../src/server/create-app.ts";
import { openStore } from "../src/store/open-store.ts";
import type { Store } from "../src/store/store.ts";

/** The password the API tests give every account. */
export const TEST_PASSWORD = "correct horse battery staple";

export interface TestApp {
  readonly app: ReturnType<typeof createApp>;
  readonly store: Store;
  readonly dataDir: string;
  /** Moves the clock forward. */
  advance(ms: number): void;
  client(): TestClient;
  /** A client that has loaded the session once, so it holds the CSRF cookie as the browser would. */
  session(): Promise<TestClient>;
  /** A new account of `role` in the admin's organisation, through a real invitation; its client. */
  invited(admin: TestClient, role: string, email: string, name?: string): Promise<TestClient>;
  close(): Promise<void>;
}

export interface TestClient {
  request(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
  json<T = unknown>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }>;
  /** Forget the CSRF header (to test that it is required). */
  withoutCsrf(): TestClient;
}

export async function testApp(
  options: { databaseUrl?: string; openRegistration?: boolean; trustProxy?: boolean } = {},
): Promise<TestApp> {
  const dataDir = mkdtempSync(join(tmpdir(), "aware-app-"));
  const store = await openStore({
    dataDir,
    ...(options.databaseUrl ? { databaseUrl: options.databaseUrl } : {}),
  });
  let offset = 0;
  const app = createApp({
    store,
    dataDir,
    now: () => new Date(Date.UTC(2026, 0, 5, 9) + offset),
    secureCookies: false,
    version: "test",
    openRegistration: options.openRegistration ?? true,
    trustProxy: options.trustProxy ?? false,
  });
  const makeClient = (csrf: boolean, jar: Map<string, string>): TestClient => {
    const request = async (
      method: string,
      path: string,
      body?: unknown,
      headers: Record<string, string> = {},
    ) => {
      const cookie = [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
      const isRaw = body instanceof Uint8Array || typeof body === "string";
      const response = await app.request(path, {
        method,
        headers: {
          ...(cookie ? { cookie } : {}),
          ...(csrf && jar.has("aware_csrf") ? { "x-csrf-token": jar.get("aware_csrf") as string } : {}),
          ...(body !== undefined && !isRaw ? { "content-type": "application/json" } : {}),
          ...headers,
        },
        ...(body !== undefined ? { body: isRaw ? (body as BodyInit) : JSON.stringify(body) } : {}),
      });
      for (const set of response.headers.getSetCookie()) {
        const [pair] = set.split(";");
        const [name, ...rest] = (pair ?? "").split("=");
        if (!name) continue;
        const value = rest.join("=");
        if (value === "" || /max-age=0/i.test(set)) jar.delete(name.trim());
        else jar.set(name.trim(), value);
      }
      return response;
    };
    return {
      request,
      async json<T>(method: string, path: string, body?: unknown) {
        const r = await request(method, path, body);
        const text = await r.text();
        return { status: r.status, body: (text ? JSON.parse(text) : null) as T };
      },
      withoutCsrf: () => makeClient(false, jar),
    };
  };
  return {
    app,
    store,
    dataDir,
    advance: (ms) => {
      offset += ms;
    },
    client: () => makeClient(true, new Map()),
    async session() {
      const c = makeClient(true, new Map());
      await c.request("GET", "/api/session");
      return c;
    },
    async invited(admin, role, email, name = role) {
      const invitation = await admin.json<{ token: string }>("POST", "/api/invitations", { role });
      if (invitation.status !== 201) throw new Error(`invitation for ${role}: ${invitation.status}`);
      const c = makeClient(true, new Map());
      await c.request("GET", "/api/session");
      const accepted = await c.request("POST", `/api/invitations/${invitation.body.token}/accept`, {
        name,
        email,
        password: TEST_PASSWORD,
      });
      if (accepted.status !== 201)
        throw new Error(`accepting the invitation for ${role}: ${accepted.status}`);
      return c;
    },
    close: () => store.close(),
  };
}
