import { mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeOutput } from "./write-output.ts";

describe("writeOutput", () => {
  it("writes a file and leaves no temporary file behind", async () => {
    const dir = mkdtempSync(join(tmpdir(), "aware-out-"));
    await writeOutput(join(dir, "r.json"), "{}\n");
    expect(readFileSync(join(dir, "r.json"), "utf8")).toBe("{}\n");
    expect(readdirSync(dir)).toEqual(["r.json"]);
  });
  // Regression: the benchmark wrote --out /dev/null, and the rename replaced the device with a file.
  it("writes to a device without replacing it", async () => {
    await writeOutput("/dev/null", "report");
    expect(statSync("/dev/null").isCharacterDevice()).toBe(true);
  });
});
