import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defineConfig } from "@playwright/test";

/**
 * Browser tests against the real server (built UI + API + a fresh SQLite data directory) in Debian's
 * Chromium. Playwright never downloads a browser here: `.ci/run` installs the chromium package.
 */
const port = 8181;
const dataDir = mkdtempSync(join(tmpdir(), "aware-e2e-"));

export default defineConfig({
  testDir: "e2e",
  timeout: 90_000,
  workers: 1,
  reporter: [["list"], ["json", { outputFile: "reports/e2e.json" }]],
  outputDir: "reports/e2e-artifacts",
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: "en-GB",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  webServer: {
    command: "npm run --silent build:web && node --import tsx src/server/main.ts",
    url: `http://127.0.0.1:${port}/api/session`,
    reuseExistingServer: false,
    timeout: 180_000,
    env: { PORT: String(port), HOST: "127.0.0.1", AWARE_DATA_DIR: dataDir, AWARE_OPEN_REGISTRATION: "1" },
  },
});
