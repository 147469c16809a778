import { expect } from "vitest";

/** Asserts |actual − expected| ≤ relative·|expected| (or ≤ relative when expected is 0). */
export function expectClose(actual: number | null | undefined, expected: number, relative = 1e-9): void {
  expect(actual, `expected ${expected}`).toBeTypeOf("number");
  const a = actual as number;
  const tolerance = expected === 0 ? relative : Math.abs(expected) * relative;
  expect(
    Math.abs(a - expected),
    `actual ${a}, expected ${expected} (relative ${relative})`,
  ).toBeLessThanOrEqual(tolerance);
}
