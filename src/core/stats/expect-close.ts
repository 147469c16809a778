import { expect } from "vitest";

/**
 * Test helper: asserts |actual − expected| ≤ max(relative·|expected|, absolute). The default
 * relative tolerance 1e-9 is the one used against reference values that are exact or closed
 * form; callers state a different tolerance (and why) where the reference is itself approximate.
 */
export const expectClose = (
  actual: number,
  expected: number,
  tolerance: { relative?: number; absolute?: number } = {},
): void => {
  const relative = tolerance.relative ?? 1e-9;
  const absolute = tolerance.absolute ?? 0;
  const allowed = Math.max(relative * Math.abs(expected), absolute);
  if (!(Math.abs(actual - expected) <= allowed)) {
    expect.fail(
      `expected ${actual} to be within ${allowed} of ${expected} (relative error ${Math.abs(actual - expected) / Math.abs(expected)})`,
    );
  }
};
