import { describe, expect, it } from "vitest";
import { formatDateTime, formatDay } from "./format-date-time.ts";

describe("formatDateTime", () => {
  it("writes Dutch dates day first and English dates as ISO", () => {
    expect(formatDateTime("nl", "2025-03-31T14:05:09.000Z", "utc")).toBe("31-03-2025 14:05");
    expect(formatDateTime("en", "2025-03-31T14:05:09.000Z", "utc")).toBe("2025-03-31 14:05");
    expect(formatDay("nl", "2025-03-31T14:05:09.000Z", "utc")).toBe("31-03-2025");
  });

  it("leaves text that is not a timestamp alone", () => {
    expect(formatDateTime("nl", "soon")).toBe("soon");
    expect(formatDay("en", "soon")).toBe("soon");
  });
});
