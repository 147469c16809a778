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

export interface TestApp {
  readonly app: ReturnType<typeof createApp>;
  readonly store: Store;
  readonly dataDir: string;
  /** Moves the clock forward. */
  advance(ms: number): void;
  client(): TestClient;
  close(): Promise<void>;
}

export interface TestClient {
  request(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
  json<T = unknown>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }>;
  /** Forget the CSRF header (to test that it is required). */
  withoutCsrf(): TestClient;
}

export async function testApp(
  options: { databaseUrl?: string; openRegistration?: boolean } = {},
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
    client: () => {
      const c = makeClient(true, new Map());
      return c;
    },
    close: () => store.close(),
  };
}
