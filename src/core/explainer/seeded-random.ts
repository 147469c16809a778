/**
 * The explainer's randomness: the core has none of its own (docs/DESIGN.md), so every applicant and
 * every past decision is drawn from a generator built from the seed the visitor chooses, and the same
 * seed gives the same history on every machine and in every browser.
 *
 * mulberry32 (Tommy Ettinger, public domain): a 32-bit state, period 2³², plenty for a teaching
 * simulation (not for cryptography). Normal draws by Box–Muller.
 */
export interface SeededRandom {
  /** Uniform in [0, 1). */
  readonly next: () => number;
  /** True with probability p. */
  readonly chance: (p: number) => boolean;
  /** Standard normal. */
  readonly normal: () => number;
}

export function seededRandom(seed: number): SeededRandom {
  if (!Number.isFinite(seed)) throw new RangeError(`seededRandom: invalid seed ${seed}`);
  let state = Math.trunc(seed) >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    chance: (p) => next() < p,
    normal: () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next()),
  };
}

/**
 * A seed for an independent stream (the history, the new cohort, the past decisions) derived from the
 * visitor's seed, so changing one part does not shift the numbers drawn by another. The mixing is the
 * 32-bit finaliser of MurmurHash3.
 */
export function deriveSeed(seed: number, stream: number): number {
  let h = (Math.trunc(seed) >>> 0) ^ Math.imul(stream + 1, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
