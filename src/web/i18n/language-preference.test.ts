import { describe, expect, it } from "vitest";
import { initialLanguage } from "./language-preference.ts";

describe("initialLanguage", () => {
  it("keeps the language the user chose before", () => {
    expect(initialLanguage("nl", ["en-GB"])).toBe("nl");
    expect(initialLanguage("en", ["nl-NL"])).toBe("en");
  });

  it("follows the browser's first Dutch or English preference", () => {
    expect(initialLanguage(null, ["nl-BE", "en"])).toBe("nl");
    expect(initialLanguage(null, ["de-DE", "nl"])).toBe("nl");
    expect(initialLanguage(null, ["fr", "en-US", "nl"])).toBe("en");
  });

  it("ignores a stored value it does not know and falls back to English", () => {
    expect(initialLanguage("de", [])).toBe("en");
    expect(initialLanguage(null, ["de-DE"])).toBe("en");
  });
});
