import { deriveSeed, type SeededRandom, seededRandom } from "./seeded-random.ts";

/**
 * An invented hiring history for the awareness explainer (PRODUCT.md 1f): applicants who are equally
 * suitable whatever their group, two features that measure suitability (with noise), two proxy
 * features that say nothing about suitability but go together with the protected group, and past
 * decisions that held the protected group back beyond suitability. Nothing in it is real.
 *
 * The scenarios follow patterns the Dutch Institute for Human Rights and the CBS describe: women more
 * often work part-time and have a career gap (care); people with a migration background more often
 * live in certain postcode areas and have a gap (the search for a first job takes longer).
 */
export type Scenario = "gender" | "migration";
export const SCENARIOS: readonly Scenario[] = ["gender", "migration"];

interface ScenarioShape {
  /** Share of applicants in the protected group. */
  readonly protectedShare: number;
  /** P(proxy) in the protected group and in the other group. */
  readonly proxyA: readonly [number, number];
  readonly proxyB: readonly [number, number];
}

const SHAPES: Readonly<Record<Scenario, ScenarioShape>> = {
  // proxy A: works part-time; proxy B: a career gap of a year or more.
  gender: { protectedShare: 0.5, proxyA: [0.7, 0.1], proxyB: [0.45, 0.08] },
  // proxy A: lives in one of the city's postcode areas; proxy B: a career gap of a year or more.
  migration: { protectedShare: 0.35, proxyA: [0.75, 0.12], proxyB: [0.4, 0.08] },
};

export interface Applicant {
  /** In the protected group (women; people with a migration background). */
  readonly protectedGroup: boolean;
  /** Latent suitability, standard normal in both groups; never observed by a recruiter or a model. */
  readonly ability: number;
  /** Truly suitable for the job: ability above SUITABILITY_CUT (about 40 % of applicants). */
  readonly suitable: boolean;
  /** Skill test, 0–100: suitability measured with noise. */
  readonly testScore: number;
  /** Years of relevant experience, 0–15: suitability measured with more noise. */
  readonly experience: number;
  /** The proxies: related to the group, not to suitability. */
  readonly proxyA: boolean;
  readonly proxyB: boolean;
}

export interface PastApplicant extends Applicant {
  /** The past decision, biased by `biasStrength`. */
  readonly hired: boolean;
}

export const SUITABILITY_CUT = 0.25;
export const DEFAULT_HISTORY_SIZE = 2000;
export const DEFAULT_BIAS_STRENGTH = 1.5;

export interface HistoryOptions {
  readonly seed: number;
  /** Default "gender". */
  readonly scenario?: Scenario;
  /** Past applicants, and as many in the new cohort. Default 2,000. */
  readonly size?: number;
  /**
   * How much past recruiters held the protected group back beyond suitability, on the log-odds scale
   * (1.5 ≈ a four-and-a-half times smaller odds of being hired at equal test score and experience). 0: fair
   * decisions. Default 1.5.
   */
  readonly biasStrength?: number;
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

function drawApplicant(random: SeededRandom, shape: ScenarioShape): Applicant {
  const protectedGroup = random.chance(shape.protectedShare);
  const ability = random.normal();
  const testScore = Math.round(clamp(60 + 12 * (ability + 0.6 * random.normal()), 0, 100));
  const experience = Math.round(clamp(5 + 2.5 * (0.6 * ability + 0.8 * random.normal()), 0, 15));
  const [a1, a0] = shape.proxyA;
  const [b1, b0] = shape.proxyB;
  return {
    protectedGroup,
    ability,
    suitable: ability > SUITABILITY_CUT,
    testScore,
    experience,
    proxyA: random.chance(protectedGroup ? a1 : a0),
    proxyB: random.chance(protectedGroup ? b1 : b0),
  };
}

/** The log-odds of a past hire: what recruiters saw (test and experience) minus the bias. */
export function pastHiringLogOdds(a: Applicant, biasStrength: number): number {
  return (
    -0.9 +
    1.3 * ((a.testScore - 60) / 12) +
    0.6 * ((a.experience - 5) / 2.5) -
    (a.protectedGroup ? biasStrength : 0)
  );
}

export interface HiringHistory {
  readonly scenario: Scenario;
  readonly biasStrength: number;
  /** Past applicants with the decisions taken then: what a model would be trained on. */
  readonly past: readonly PastApplicant[];
  /** A new cohort from the same population, to be screened by the model (no decisions yet). */
  readonly cohort: readonly Applicant[];
}

/** The history and a new cohort for a seed: the same options always give the same applicants. */
export function hiringHistory(options: HistoryOptions): HiringHistory {
  const scenario = options.scenario ?? "gender";
  const size = options.size ?? DEFAULT_HISTORY_SIZE;
  const biasStrength = options.biasStrength ?? DEFAULT_BIAS_STRENGTH;
  if (!Number.isInteger(size) || size < 10) throw new RangeError(`hiringHistory: invalid size ${size}`);
  if (!(biasStrength >= 0 && biasStrength <= 10)) {
    throw new RangeError(`hiringHistory: invalid biasStrength ${biasStrength}`);
  }
  const shape = SHAPES[scenario];
  // Separate streams: the applicants do not change when only the bias strength does.
  const people = seededRandom(deriveSeed(options.seed, 0));
  const decisions = seededRandom(deriveSeed(options.seed, 1));
  const newcomers = seededRandom(deriveSeed(options.seed, 2));
  const past = Array.from({ length: size }, () => {
    const a = drawApplicant(people, shape);
    const z = pastHiringLogOdds(a, biasStrength);
    return { ...a, hired: decisions.next() < 1 / (1 + Math.exp(-z)) };
  });
  const cohort = Array.from({ length: size }, () => drawApplicant(newcomers, shape));
  return { scenario, biasStrength, past, cohort };
}
