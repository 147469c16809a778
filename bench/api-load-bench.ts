/**
 * Load benchmark (not a test): the real server process on loopback with the embedded SQLite, a demo
 * organisation, and autocannon with 100 concurrent connections against the audit list and one saved
 * report, 10 seconds each. Reports requests/s and the p50/p95/p99 latency of every response.
 * Run: npm run bench:api
 */
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";

const port = 18_000 + Math.floor(Math.random() * 1000);
const base = `http://127.0.0.1:${port}`;
const server = spawn(
  process.execPath,
  ["--import", "tsx", fileURLToPath(new URL("../src/server/main.ts", import.meta.url))],
  {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      AWARE_DATA_DIR: mkdtempSync(join(tmpdir(), "aware-load-")),
    },
    stdio: ["ignore", "pipe", "inherit"],
  },
);
await new Promise<void>((resolve) =>
  server.stdout?.on("data", (d: Buffer) => d.toString().includes("Aware") && resolve()),
);

try {
  const first = await fetch(`${base}/api/session`);
  const csrf = /aware_csrf=([^;]+)/.exec(first.headers.getSetCookie().join(";"))?.[1] ?? "";
  const demo = await fetch(`${base}/api/demo`, {
    method: "POST",
    headers: { cookie: `aware_csrf=${csrf}`, "x-csrf-token": csrf },
  });
  const session = /aware_session=([^;]+)/.exec(demo.headers.getSetCookie().join(";"))?.[1] ?? "";
  const cookie = `aware_session=${session}; aware_csrf=${csrf}`;
  const audits = (await (await fetch(`${base}/api/audits`, { headers: { cookie } })).json()) as {
    id: string;
  }[];
  const id = audits[0]?.id;
  const report = await (await fetch(`${base}/api/audits/${id}`, { headers: { cookie } })).text();

  console.log("| endpoint | response | requests/s | p50 | p95 | p99 | errors |");
  console.log("|---|---|---|---|---|---|---|");
  for (const [label, path] of [
    ["list of saved audits", "/api/audits"],
    ["one saved audit (report)", `/api/audits/${id}`],
  ] as const) {
    const times: number[] = [];
    const result = await new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon(
        { url: `${base}${path}`, connections: 100, duration: 10, headers: { cookie } },
        (error, r) => (error ? reject(error) : resolve(r)),
      );
      instance.on("response", (_client, _status, _bytes, ms) => times.push(ms));
    });
    times.sort((a, b) => a - b);
    const q = (p: number) =>
      times[Math.min(times.length - 1, Math.floor(p * times.length))]?.toFixed(1) ?? "–";
    const size = label.startsWith("one") ? `${(report.length / 1024).toFixed(0)} KiB` : "list";
    console.log(
      `| GET ${label} | ${size} | ${result.requests.average.toFixed(0)} | ${q(0.5)} ms | ${q(0.95)} ms | ${q(0.99)} ms | ${result.errors + result.non2xx} |`,
    );
  }
} finally {
  server.kill("SIGTERM");
}
