/**
 * Seeded randomness for the discovery: the core has no randomness of its own (docs/DESIGN.md), so
 * every split, resample and k-means start comes from a generator built from the seed the user states,
 * and the same seed gives the same result on every machine.
 *
 * mulberry32 (Tommy Ettinger, public domain; the algorithm of examples/seeded-random.ts): a 32-bit
 * state, period 2³², good enough for shuffles and resampling (not for cryptography).
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A seed for an independent stream (e.g. resample b) derived from the user's seed, so that adding a
 * resample does not shift the numbers drawn by the others. The mixing is the 32-bit finaliser of
 * MurmurHash3 applied to seed and stream.
 */
export function deriveSeed(seed: number, stream: number): number {
  let h = (seed >>> 0) ^ Math.imul(stream + 1, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export interface SeededRandom {
  /** Uniform in [0, 1). */
  readonly next: () => number;
  /** Uniform integer in [0, n). */
  readonly integer: (n: number) => number;
  /** Standard normal (Box–Muller). */
  readonly normal: () => number;
}

export function seededRandom(seed: number): SeededRandom {
  const next = mulberry32(seed);
  return {
    next,
    integer: (n) => Math.floor(next() * n),
    normal: () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next()),
  };
}

/** The numbers 0..n−1 in a random order (Fisher–Yates). */
export function shuffledIndices(n: number, random: SeededRandom): Int32Array {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = random.integer(i + 1);
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
  return order;
}

/** Bootstrap multiplicities: how often each of n rows is drawn in n draws with replacement. */
export function bootstrapWeights(n: number, random: SeededRandom): Float64Array {
  const weights = new Float64Array(n);
  for (let i = 0; i < n; i++) weights[random.integer(n)]! += 1;
  return weights;
}
