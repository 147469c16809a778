import { describe, expect, it } from "vitest";
import { formatBytes, isAcceptedFile } from "./upload-format.ts";

describe("isAcceptedFile", () => {
  it("accepts the formats the server reads, whatever the case", () => {
    for (const name of ["a.csv", "b.TSV", "c.parquet", "d.jsonl", "e.ndjson", "export.2025.csv"]) {
      expect(isAcceptedFile(name)).toBe(true);
    }
  });

  it("refuses spreadsheets and names without an extension", () => {
    expect(isAcceptedFile("hiring.xlsx")).toBe(false);
    expect(isAcceptedFile("README")).toBe(false);
  });
});

describe("formatBytes", () => {
  it("writes sizes in the language's notation", () => {
    expect(formatBytes(532, "en-GB")).toBe("532 B");
    expect(formatBytes(1_234_567, "en-GB")).toBe("1.2 MB");
    expect(formatBytes(1_234_567, "nl-NL")).toBe("1,2 MB");
    expect(formatBytes(250_000_000, "nl-NL")).toBe("250 MB");
  });
});
