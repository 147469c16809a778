import { describe, expect, it } from "vitest";
import { expectClose } from "../../../test-support/expect-close.ts";
import { cohensH } from "../stats/cohens-h.ts";
import { compareGroup } from "./held-out-comparison.ts";

const rows = (n: number) => Int32Array.from({ length: n }, (_, i) => i);
const settings = { binary: true, level: 0.95, minGroup: 5 };

describe("compareGroup", () => {
  it("compares rates with Newcombe's interval and the z-test", () => {
    // Group: rows 0–99, 20 selected; rest: rows 100–399, 120 selected.
    const y = Float64Array.from({ length: 400 }, (_, i) => (i < 100 ? (i < 20 ? 1 : 0) : i < 220 ? 1 : 0));
    const c = compareGroup(y, (i) => i < 100, rows(400), settings);
    expect(c.size).toBe(100);
    expect(c.restSize).toBe(300);
    expect(c.outcomeMean.value).toBe(0.2);
    expect(c.restMean.value).toBe(0.4);
    expectClose(c.difference.value, -0.2, 1e-12);
    expect(
      c.difference.status === "ok" && c.difference.ci?.status === "ok" && c.difference.ci.upper,
    ).toBeLessThan(0);
    expect(c.test).toMatchObject({ status: "ok", method: "two-proportion-z (pooled)" });
    expect(c.effectSize).toMatchObject({ status: "ok", method: "cohens-h", value: cohensH(0.2, 0.4) });
  });

  it("uses Fisher's exact test when an expected count is below 5", () => {
    // Group: 1 of 10 selected; rest: 20 of 50. scipy.stats.fisher_exact([[1, 9], [20, 30]]) p = 0.08371018723565508.
    const y = Float64Array.from({ length: 60 }, (_, i) => (i < 10 ? (i === 0 ? 1 : 0) : i < 30 ? 1 : 0));
    const c = compareGroup(y, (i) => i < 10, rows(60), settings);
    expect(c.test).toMatchObject({ status: "ok", method: "fisher-exact" });
    expectClose(c.test.status === "ok" ? c.test.pValue : null, 0.08371018723565508, 1e-9);
  });

  it("compares scores with Welch's test and interval", () => {
    // scipy ttest_ind(a, b, equal_var=False): p = 0.006723000094026555, CI [−4.03999792075766, −0.9100020792423416].
    const a = [3.1, 4.0, 5.2, 6.3, 2.2, 4.4];
    const b = [6.1, 7.2, 5.5, 8.0, 6.6, 7.7, 5.9, 6.4];
    const y = Float64Array.from([...a, ...b]);
    const c = compareGroup(y, (i) => i < 6, rows(14), { ...settings, binary: false });
    expect(c.test).toMatchObject({ status: "ok", method: "welch-t" });
    expectClose(c.test.status === "ok" ? c.test.pValue : null, 0.006723000094026555, 1e-9);
    const ci = c.difference.status === "ok" && c.difference.ci?.status === "ok" ? c.difference.ci : null;
    expectClose(ci?.lower, -4.03999792075766, 1e-9);
    expectClose(ci?.upper, -0.9100020792423416, 1e-9);
    expect(c.effectSize).toMatchObject({ status: "ok", method: "cohens-d" });
  });

  it("shows nothing for fewer than minGroup people, and says why", () => {
    const y = Float64Array.from({ length: 50 }, (_, i) => i % 2);
    const c = compareGroup(y, (i) => i < 4, rows(50), settings);
    expect(c.size).toBe(4);
    expect(c.outcomeMean).toEqual({
      status: "undefined",
      value: null,
      reason: "fewer than 5 people of this group in the held-out half",
    });
    expect(c.test.status).toBe("undefined");
  });
});
