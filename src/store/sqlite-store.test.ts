import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { describeAssessmentStore } from "./assessment-store-contract.ts";
import { openStore } from "./open-store.ts";
import { describeScreeningStore } from "./screening-store-contract.ts";
import { describeStore } from "./store-contract.ts";

const root = mkdtempSync(join(tmpdir(), "aware-store-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const dataDir = join(root, "data");
describeStore("the SQLite store", () => openStore({ dataDir }));
describeScreeningStore("the SQLite store", () => openStore({ dataDir }));
describeAssessmentStore("the SQLite store", () => openStore({ dataDir }));

describe("the SQLite store across processes", () => {
  // The contract suite opens stores within one process; this is the case openStore's IMMEDIATE
  // transaction is for: separate processes (e.g. the server and the CLI) migrating one new file.
  it("migrates a new file when several processes open it at once", async () => {
    const shared = join(root, "shared");
    const script = `
      const { openStore } = await import(process.argv[1]);
      const store = await openStore({ dataDir: process.argv[2] });
      await store.createOrganisation({ name: "p", isDemo: false, now: new Date().toISOString() });
      await store.close();`;
    const openStoreModule = fileURLToPath(new URL("./open-store.ts", import.meta.url));
    const run = promisify(execFile);
    await Promise.all(
      [1, 2, 3, 4].map(() =>
        run(process.execPath, [
          "--import",
          "tsx",
          "--input-type=module",
          "-e",
          script,
          openStoreModule,
          shared,
        ]),
      ),
    );
    const store = await openStore({ dataDir: shared });
    try {
      expect(await store.countOrganisations()).toBe(4);
    } finally {
      await store.close();
    }
  });
});
