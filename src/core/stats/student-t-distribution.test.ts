import { describe, expect, it } from "vitest";
import { expectClose } from "../../../test-support/expect-close.ts";
import { regularizedIncompleteBeta, studentTQuantile, studentTSf } from "./student-t-distribution.ts";

// Expected values from scipy 1.17.1 (Debian python3):
//   [[t, df, stats.t.sf(t, df)] ...], [[p, df, stats.t.ppf(p, df)] ...], special.betainc(a, b, x).
const sf: readonly [number, number, number][] = [
  [0.5, 1, 0.35241638234956674],
  [1.96, 3.3, 0.06823028754026209],
  [2.5, 10, 0.01572342211830441],
  [-1.2, 7, 0.8654140315863967],
  [4, 200, 4.456547609296721e-5],
  [0.1, 0.5, 0.4731658105643032],
  [12, 4, 0.0001382142742514865],
  [30, 25.5, 1.0258686025060424e-21],
];
// With df = 1e6, log Γ(df/2 + ½) − log Γ(df/2) cancels about 7 digits of two numbers near 6e6.
const hugeDf: readonly [number, number, number] = [1.0, 1e6, 0.15865537491678916];
const quantiles: readonly [number, number, number][] = [
  [0.975, 1, 12.706204736174694],
  [0.975, 2.5, 3.5746548420036817],
  [0.975, 10, 2.228138851986274],
  [0.025, 30, -2.042272456301238],
  [0.995, 4.2, 4.4577703053188795],
  [0.9, 1000, 1.2823987214609247],
  [0.999999, 3, 103.29946777942898],
];
const betas: readonly [number, number, number, number][] = [
  [0.3, 2, 3, 0.34829999999999994],
  [0.9, 0.5, 0.5, 0.7951672353008665],
  [0.01, 5, 0.5, 2.4712578086395438e-11],
  [0.7, 10, 20, 0.9999828580828269],
];

describe("student t distribution", () => {
  it("matches scipy stats.t.sf, including a far tail and fractional df", () => {
    // 1e-10: the continued fraction and scipy's (Boost) differ in the last few digits far out.
    for (const [t, df, expected] of sf) expectClose(studentTSf(t, df), expected, { relative: 1e-10 });
    expectClose(studentTSf(hugeDf[0], hugeDf[1]), hugeDf[2], { relative: 1e-8 });
  });

  it("matches scipy stats.t.ppf", () => {
    for (const [p, df, expected] of quantiles)
      expectClose(studentTQuantile(p, df), expected, { relative: 1e-10 });
    expect(studentTQuantile(0.5, 3)).toBe(0);
    expect(studentTQuantile(1, 3)).toBe(Number.POSITIVE_INFINITY);
  });

  it("matches scipy special.betainc", () => {
    for (const [x, a, b, expected] of betas)
      expectClose(regularizedIncompleteBeta(x, a, b), expected, { relative: 1e-11 });
  });

  it("rejects invalid arguments", () => {
    expect(() => studentTSf(1, 0)).toThrow(new RangeError("studentTSf requires finite df > 0"));
    expect(() => studentTSf(Number.NaN, 3)).toThrow(TypeError);
    expect(() => studentTQuantile(1.5, 3)).toThrow(RangeError);
  });
});
