import type { Interval, Undefined } from "../stats/result.ts";

/** A figure that could not be computed, with the reason; `value` is null so JSON readers see it. */
export interface UndefinedFigure {
  readonly status: "undefined";
  readonly value: null;
  readonly reason: string;
}

/** A computed figure with its confidence interval (itself possibly undefined, with a reason). */
export interface DefinedFigure {
  readonly status: "ok";
  readonly value: number;
  readonly ci: Interval | Undefined | null;
}

/** "Undefined is a state, not a zero": every rate and ratio in a report is one of these. */
export type Figure = DefinedFigure | UndefinedFigure;

export const undefinedFigure = (reason: string): UndefinedFigure => ({
  status: "undefined",
  value: null,
  reason,
});

export const figure = (value: number, ci: Interval | Undefined | null = null): DefinedFigure => ({
  status: "ok",
  value,
  ci,
});

/** A ratio a/b as a figure: undefined, with the reason, when b is 0. */
export const ratioFigure = (a: number, b: number, reasonIfZero: string): Figure =>
  b === 0 ? undefinedFigure(reasonIfZero) : figure(a / b);
