import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scaledLessOrEqual, scaledOne, scaledTimes, scaledToNumber } from "./scaled-number.ts";

describe("scaled numbers", () => {
  it("carry products far below the double range without losing precision", () => {
    let x = scaledOne;
    for (let i = 0; i < 1000; i++) x = scaledTimes(x, 1e-10);
    expect(scaledToNumber(x)).toBe(0);
    for (let i = 0; i < 995; i++) x = scaledTimes(x, 1e10);
    expect(Math.abs(scaledToNumber(x) / 1e-50 - 1)).toBeLessThan(1e-12);
  });

  it("order like the numbers they represent", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 1e-20, max: 1, noNaN: true }), { maxLength: 60 }),
        fc.array(fc.double({ min: 1e-20, max: 1, noNaN: true }), { maxLength: 60 }),
        (xs, ys) => {
          const x = xs.reduce(scaledTimes, scaledOne);
          const y = ys.reduce(scaledTimes, scaledOne);
          const logX = xs.reduce((acc, v) => acc + Math.log(v), 0);
          const logY = ys.reduce((acc, v) => acc + Math.log(v), 0);
          if (Math.abs(logX - logY) > 1e-9 * (1 + Math.abs(logX))) {
            expect(scaledLessOrEqual(x, y)).toBe(logX < logY);
          }
          expect(scaledLessOrEqual(x, x)).toBe(true);
        },
      ),
    );
  });
});
