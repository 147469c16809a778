import { describe, expect, it, vi } from "vitest";
import { ApiRequestError } from "./api-request-error.ts";
import { createAwareApi, reportUrl } from "./aware-api.ts";
import { createHttpClient, type HttpClientOptions } from "./http-client.ts";
import { readCookie, requestHeaders } from "./request-headers.ts";
import { decisionLogCsvUrl, importContentType, letterUrl } from "./screening-api.ts";

interface Call {
  readonly url: string;
  readonly init: RequestInit;
}

function fakeServer(response: () => Response, extra: Partial<HttpClientOptions> = {}) {
  const calls: Call[] = [];
  const http = createHttpClient({
    fetch: async (url, init) => {
      calls.push({ url, init });
      return response();
    },
    language: () => "nl",
    cookies: () => "theme=dark; aware_csrf=tok%3D123; other=x",
    ...extra,
  });
  return { calls, api: createAwareApi(http) };
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });

const headersOf = (call: Call | undefined) => (call?.init.headers ?? {}) as Record<string, string>;

describe("the API client", () => {
  it("sends the CSRF cookie back as x-csrf-token on state-changing requests only", async () => {
    const { calls, api } = fakeServer(() => json(200, { user: null, setupNeeded: false }));
    await api.login({ email: "a@b.nl", password: "secret-secret" });
    await api.session();
    expect(headersOf(calls[0])["x-csrf-token"]).toBe("tok=123");
    expect(calls[0]?.init.method).toBe("POST");
    expect(calls[0]?.init.body).toBe(JSON.stringify({ email: "a@b.nl", password: "secret-secret" }));
    expect(headersOf(calls[1])["x-csrf-token"]).toBeUndefined();
  });

  it("sends Accept-Language on every request", async () => {
    const { calls, api } = fakeServer(() => new Response(null, { status: 204 }));
    await api.deleteAudit("a/1");
    expect(calls[0]?.url).toBe("/api/audits/a%2F1");
    expect(headersOf(calls[0])["Accept-Language"]).toBe("nl");
    expect(headersOf(calls[0])["x-csrf-token"]).toBe("tok=123");
  });

  it("turns an error body into an ApiRequestError with code, message and field", async () => {
    const { api } = fakeServer(() =>
      json(422, { error: { code: "invalid-outcome", message: "De uitkomstkolom…", field: "outcome" } }),
    );
    const error = await api
      .createAudit({ uploadId: "u", columns: { outcome: "x", protected: ["g"] } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiRequestError);
    expect(error).toMatchObject({ status: 422, code: "invalid-outcome", field: "outcome" });
  });

  it("reports an ended session, but not a wrong password, to onUnauthenticated", async () => {
    const onUnauthenticated = vi.fn();
    const { api } = fakeServer(() => json(401, { error: { code: "x", message: "m" } }), {
      onUnauthenticated,
    });
    await api.login({ email: "a", password: "b" }).catch(() => undefined);
    expect(onUnauthenticated).not.toHaveBeenCalled();
    await api.audits().catch(() => undefined);
    expect(onUnauthenticated).toHaveBeenCalledOnce();
  });

  it("names a body that is not the error shape by its status, and a network failure as network", async () => {
    const { api } = fakeServer(() => new Response("<html>Bad gateway</html>", { status: 502 }));
    await expect(api.audits()).rejects.toMatchObject({ status: 502, code: "http-502" });
    const offline = createAwareApi(
      createHttpClient({
        fetch: () => Promise.reject(new TypeError("Failed to fetch")),
        language: () => "en",
        cookies: () => "",
      }),
    );
    await expect(offline.session()).rejects.toMatchObject({ status: 0, code: "network" });
  });
});

describe("the screening routes of the client", () => {
  it("sends a candidates file as the raw body, with its content type and CSRF token", async () => {
    const { calls, api } = fakeServer(() => json(201, { imported: 2, droppedColumns: ["gender"] }));
    const file = new Blob(["name,diploma\nAnn,VIG\n"]);
    const response = await api.importApplications("v/1", file, "cands.csv");
    expect(response).toEqual({ imported: 2, droppedColumns: ["gender"] });
    expect(calls[0]?.url).toBe("/api/vacancies/v%2F1/applications/import?filename=cands.csv");
    expect(calls[0]?.init.body).toBe(file);
    expect(headersOf(calls[0])["Content-Type"]).toBe("text/csv");
    expect(headersOf(calls[0])["x-csrf-token"]).toBe("tok=123");
    await api.importApplications("v", file, "cands.jsonl");
    expect(headersOf(calls[1])["Content-Type"]).toBe("application/json");
  });

  it("keeps the whole error body, so a refused vacancy's check can be shown", async () => {
    const check = {
      errors: [{ code: "protected-characteristic", path: "criteria[0].condition.field" }],
      warnings: [],
    };
    const { api } = fakeServer(() =>
      json(422, { error: { code: "vacancy-invalid", message: "m", field: "definition" }, check }),
    );
    const error = await api
      .createVacancy({} as Parameters<typeof api.createVacancy>[0])
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 422, code: "vacancy-invalid", body: { check } });
  });

  it("builds the letter and log links", () => {
    expect(letterUrl("v1", "a/1", "pdf", "nl")).toBe(
      "/api/vacancies/v1/applications/a%2F1/letter.pdf?lang=nl",
    );
    expect(decisionLogCsvUrl("v 1")).toBe("/api/vacancies/v%201/log.csv");
    expect(importContentType("x.JSON")).toBe("application/json");
    expect(importContentType("x.tsv")).toBe("text/csv");
  });
});

describe("request headers", () => {
  it("reads a cookie among others", () => {
    expect(readCookie("a=1; aware_csrf=xyz", "aware_csrf")).toBe("xyz");
    expect(readCookie("aware_csrf_old=1", "aware_csrf")).toBeUndefined();
    expect(readCookie("", "aware_csrf")).toBeUndefined();
  });

  it("omits the CSRF header when there is no cookie, and adds the content type when asked", () => {
    expect(requestHeaders("PUT", "en", "", "application/octet-stream")).toEqual({
      Accept: "application/json",
      "Accept-Language": "en",
      "Content-Type": "application/octet-stream",
    });
  });

  it("builds report links in the chosen language", () => {
    expect(reportUrl("a1", "pdf", "nl")).toBe("/api/audits/a1/report.pdf?lang=nl");
  });
});
