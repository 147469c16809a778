import type { DiscoveryResult } from "./discovery-result.ts";
import type { DiscoveryTable, FeatureKind, OutcomeSpec } from "./discovery-table.ts";
import { type SeededRandom, seededRandom } from "./seeded-random.ts";

/**
 * Synthetic hiring logs for the tests and the benchmark: n applicants with 20 ordinary features of
 * mixed kinds (some with missing values, some correlated), a decision or a score, and optionally a
 * planted disadvantaged combination of two or three features and protected attributes that correlate
 * with some features (women more often have a career gap and work part-time; applicants with a
 * migration background more often have a foreign diploma and live in city postcode areas). Nothing in
 * it is real. Seeded: the same options give the same log, and the protected attributes are drawn
 * whether or not they are included, so adding them does not change the other columns.
 *
 * Without a planting the outcome is independent of every feature (the null hypothesis of the
 * false-positive test), unless `merit` makes the assessment score matter.
 */
export interface PlantedCondition {
  readonly feature: string;
  readonly op: ">=" | "<=" | "=";
  readonly value: number | string;
}

/** The plantings the tests recover. */
export const PLANTINGS = {
  /** The example: a long career gap together with part-time hours (about 9% of applicants). */
  careerGapPartTime: [
    { feature: "gap_months", op: ">=", value: 12 },
    { feature: "hours_per_week", op: "<=", value: 24 },
  ],
  /** A foreign diploma with little experience (about 10%). */
  foreignDiplomaJunior: [
    { feature: "education", op: "=", value: "foreign" },
    { feature: "years_experience", op: "<=", value: 8 },
  ],
  /** Three features: a temporary contract wanted, at most 32 hours, a salary expectation of 3,200 or more (about 9%). */
  temporaryPartTimeSalary: [
    { feature: "contract_preference", op: "=", value: "temporary" },
    { feature: "hours_per_week", op: "<=", value: 32 },
    { feature: "salary_expectation", op: ">=", value: 3200 },
  ],
} as const satisfies Record<string, readonly PlantedCondition[]>;

export interface SyntheticLogOptions {
  readonly n: number;
  readonly seed: number;
  /** The disadvantaged combination; null or absent for none. */
  readonly planted?: readonly PlantedCondition[] | null;
  /**
   * Strength of the disadvantage. Decisions: the planted group's chance of selection is
   * baseRate·(1 − effect). Scores: the planted group's mean is `effect` standard deviations lower.
   * Default 0.6.
   */
  readonly effect?: number;
  /** Chance of selection outside the planted group. Default 0.35. */
  readonly baseRate?: number;
  /** Default "decision" (column `selected`); "score" gives the column `score` (mean 60, SD 10). */
  readonly outcome?: "decision" | "score";
  /** Log-odds (decisions) or SDs (scores) added per SD of assessment_score above its mean. Default 0. */
  readonly merit?: number;
  /** Include the protected attributes `gender` and `origin`. Default false. */
  readonly withProtected?: boolean;
}

export interface SyntheticLog {
  readonly rows: Record<string, string | number | null>[];
  /** 1 for the applicants in the planted combination. */
  readonly planted: Uint8Array;
  readonly features: readonly string[];
  readonly kinds: Readonly<Record<string, FeatureKind>>;
  /** The log as the discovery's input: outcome, worse = "low", kinds, protected attributes and id. */
  readonly table: DiscoveryTable;
}

export const SYNTHETIC_FEATURES: Readonly<Record<string, FeatureKind>> = {
  gap_months: "numeric",
  hours_per_week: "numeric",
  education: "categorical",
  postcode_area: "categorical",
  years_experience: "numeric",
  driving_licence: "categorical",
  languages: "numeric",
  commute_km: "numeric",
  sector: "categorical",
  certificates: "numeric",
  assessment_score: "numeric",
  application_channel: "categorical",
  cv_pages: "numeric",
  has_portfolio: "categorical",
  references: "numeric",
  availability_weeks: "numeric",
  salary_expectation: "numeric",
  previous_employers: "numeric",
  contract_preference: "categorical",
  internal_candidate: "categorical",
};

const CITY_AREAS = ["10", "25", "30"];
const OTHER_AREAS = ["11", "20", "35", "50", "52", "60", "70", "80", "97"];
const SECTORS = ["retail", "care", "logistics", "office", "tech", "hospitality", "education"];

function pick<T>(random: SeededRandom, items: readonly (readonly [T, number])[]): T {
  let u = random.next();
  for (const [item, weight] of items) {
    if (u < weight) return item;
    u -= weight;
  }
  return items[items.length - 1]![0];
}

const round = (x: number, decimals: number) => Math.round(x * 10 ** decimals) / 10 ** decimals;
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

function meets(row: Readonly<Record<string, string | number | null>>, c: PlantedCondition): boolean {
  const v = row[c.feature];
  if (v === null || v === undefined) return false;
  if (c.op === "=") return String(v) === String(c.value);
  return c.op === ">=" ? Number(v) >= Number(c.value) : Number(v) <= Number(c.value);
}

export function syntheticHiringLog(options: SyntheticLogOptions): SyntheticLog {
  const { n, seed } = options;
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`syntheticHiringLog: invalid n ${n}`);
  const effect = options.effect ?? 0.6;
  const baseRate = options.baseRate ?? 0.35;
  const merit = options.merit ?? 0;
  const outcome = options.outcome ?? "decision";
  const planted = options.planted ?? null;
  for (const c of planted ?? []) {
    if (!(c.feature in SYNTHETIC_FEATURES))
      throw new RangeError(`syntheticHiringLog: unknown feature ${c.feature}`);
  }
  const random = seededRandom(seed);
  const rows: Record<string, string | number | null>[] = [];
  const members = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const gender = pick(random, [
      ["F", 0.48],
      ["M", 0.5],
      ["X", 0.02],
    ]);
    const migration = random.next() < 0.25;
    const woman = gender === "F";
    const gap =
      random.next() < (woman ? 0.45 : 0.3)
        ? Math.min(72, 1 + Math.floor(-Math.log(1 - random.next()) * 14))
        : 0;
    const partTime = random.next() < 0.2 + (gap > 0 ? 0.2 : 0) + (woman ? 0.15 : 0);
    const hours = partTime
      ? pick(random, [
          [8, 0.1],
          [12, 0.15],
          [16, 0.25],
          [20, 0.25],
          [24, 0.25],
        ])
      : pick(random, [
          [28, 0.1],
          [32, 0.25],
          [36, 0.3],
          [38, 0.1],
          [40, 0.25],
        ]);
    const education = migration
      ? pick(random, [
          ["foreign", 0.6],
          ["nl", 0.3],
          ["none", 0.1],
        ])
      : pick(random, [
          ["foreign", 0.05],
          ["nl", 0.85],
          ["none", 0.1],
        ]);
    const area =
      random.next() < (migration ? 0.7 : 0.25)
        ? CITY_AREAS[random.integer(CITY_AREAS.length)]!
        : OTHER_AREAS[random.integer(OTHER_AREAS.length)]!;
    const years = round(Math.min(40, -Math.log((1 - random.next()) * (1 - random.next())) * 4), 1);
    const assessment = round(clamp(60 + 12 * random.normal(), 0, 100), 1);
    const commute = random.next() < 0.05 ? null : round(-Math.log(1 - random.next()) * 15, 1);
    const salary =
      random.next() < 0.03 ? null : Math.round((2000 + 150 * years + 600 * random.normal()) / 50) * 50;
    const row: Record<string, string | number | null> = {
      applicant_id: `A${String(i + 1).padStart(6, "0")}`,
      gap_months: gap,
      hours_per_week: hours,
      education,
      postcode_area: area,
      years_experience: years,
      driving_licence: random.next() < 0.75 ? "yes" : "no",
      languages: 1 + Math.min(3, Math.floor(-Math.log(1 - random.next()) * (migration ? 1.5 : 0.8))),
      commute_km: commute,
      sector: SECTORS[random.integer(SECTORS.length)]!,
      certificates: random.integer(7),
      assessment_score: assessment,
      application_channel: pick(random, [
        ["website", 0.45],
        ["job_board", 0.25],
        ["agency", 0.2],
        ["referral", 0.1],
      ]),
      cv_pages: 1 + random.integer(5),
      has_portfolio: random.next() < 0.3 ? "yes" : "no",
      references: random.integer(4),
      availability_weeks: random.integer(13),
      salary_expectation: salary,
      previous_employers: Math.min(8, Math.floor(years / 4) + random.integer(3)),
      contract_preference: pick(random, [
        ["permanent", 0.5],
        ["temporary", 0.3],
        ["either", 0.2],
      ]),
      internal_candidate: random.next() < 0.1 ? "yes" : "no",
    };
    const inPlanted = planted?.every((c) => meets(row, c)) === true;
    members[i] = inPlanted ? 1 : 0;
    const z = (assessment - 60) / 12;
    const u = random.next();
    const v = random.normal();
    if (outcome === "decision") {
      const base = baseRate * (inPlanted ? 1 - effect : 1);
      const logit = Math.log(base / (1 - base)) + merit * z;
      row.selected = u < 1 / (1 + Math.exp(-logit)) ? 1 : 0;
    } else {
      row.score = round(60 + 10 * (v - (inPlanted ? effect : 0) + merit * z), 1);
    }
    if (options.withProtected) {
      row.gender = gender;
      row.origin = migration ? "migration" : "nl";
    }
    rows.push(row);
  }
  const spec: OutcomeSpec =
    outcome === "decision" ? { kind: "decision", column: "selected" } : { kind: "score", column: "score" };
  const features = Object.keys(SYNTHETIC_FEATURES);
  return {
    rows,
    planted: members,
    features,
    kinds: SYNTHETIC_FEATURES,
    table: {
      rows,
      outcome: spec,
      worse: "low",
      features,
      kinds: SYNTHETIC_FEATURES,
      id: "applicant_id",
      ...(options.withProtected ? { protected: ["gender", "origin"] } : {}),
    },
  };
}

/**
 * How well a run found the planted group: precision and recall of cluster 0's members in the
 * held-out half (the rows the search never saw) against the planted members there.
 */
export function plantedRecovery(
  result: Pick<DiscoveryResult, "assignments" | "half">,
  planted: Uint8Array,
): { precision: number; recall: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < planted.length; i++) {
    if (result.half[i] !== "held-out") continue;
    const inTop = result.assignments[i] === 0;
    if (inTop && planted[i]) tp++;
    else if (inTop) fp++;
    else if (planted[i]) fn++;
  }
  return { precision: tp + fp === 0 ? 0 : tp / (tp + fp), recall: tp + fn === 0 ? 0 : tp / (tp + fn) };
}
