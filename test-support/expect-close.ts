import { expect } from "vitest";

export type Tolerance = number | { readonly relative?: number; readonly absolute?: number };

/**
 * Asserts |actual − expected| ≤ max(relative·|expected|, absolute). A bare number is a relative
 * tolerance. The default 1e-9 is for references that are exact or closed form; callers state a looser
 * tolerance, and why, where the reference is itself approximate.
 */
export function expectClose(
  actual: number | null | undefined,
  expected: number,
  tolerance: Tolerance = 1e-9,
): void {
  expect(actual, `expected ${expected}`).toBeTypeOf("number");
  const a = actual as number;
  const relative = typeof tolerance === "number" ? tolerance : (tolerance.relative ?? 1e-9);
  const absolute =
    typeof tolerance === "number" ? (expected === 0 ? tolerance : 0) : (tolerance.absolute ?? 0);
  const allowed = Math.max(relative * Math.abs(expected), absolute);
  if (!(Math.abs(a - expected) <= allowed)) {
    expect.fail(
      `expected ${a} to be within ${allowed} of ${expected} (relative error ${Math.abs(a - expected) / Math.abs(expected)})`,
    );
  }
}
