/**
 * Invariants of the screening over random vacancies and candidates (fast-check, seeded): points add
 * up to the score; fulfilment lies in [0,1]; protected columns change nothing at all; the order of
 * candidates changes nothing; only a failed knock-out rejects automatically, never for an atypical
 * profile, and an atypical profile is never recommended for rejection; a candidate meeting everything advances.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  candidateLists,
  meeting,
  protectedValue,
  vacancies,
} from "../../../test-support/screening-arbitraries.ts";
import { checkVacancy } from "./check-vacancy.ts";
import { scoreIfMet } from "./minimal-criteria.ts";
import { screenCandidates } from "./screen-candidates.ts";
import type { Candidate } from "./vacancy.ts";

const params = { seed: 20261129, numRuns: 200 };

describe("screening invariants", () => {
  it("the random vacancies are valid", () => {
    fc.assert(
      fc.property(vacancies, (v) => {
        expect(checkVacancy(v).errors).toEqual([]);
      }),
      params,
    );
  });

  it("points sum to the score, fulfilment lies in [0,1], points in [0, weight]", () => {
    fc.assert(
      fc.property(vacancies, candidateLists(8), (v, candidates) => {
        for (const r of screenCandidates(v, candidates)) {
          expect(r.contributions.reduce((s, c) => s + c.points, 0)).toBe(r.score);
          expect(r.maxScore).toBe(r.contributions.reduce((s, c) => s + c.weight, 0));
          for (const c of r.contributions) {
            expect(c.fulfilment).toBeGreaterThanOrEqual(0);
            expect(c.fulfilment).toBeLessThanOrEqual(1);
            expect(c.points).toBe(c.weight * c.fulfilment);
          }
        }
      }),
      params,
    );
  });

  it("changing or removing any protected column's value changes no output at all", () => {
    fc.assert(
      fc.property(
        vacancies,
        candidateLists(8),
        fc.array(fc.tuple(protectedValue, protectedValue), { minLength: 8, maxLength: 8 }),
        (v, candidates, replacements) => {
          const changed: Candidate[] = candidates.map((c, i) => {
            const [gender, age] = replacements[i]!;
            const { gender: _g, age_band: _a, ...rest } = c.fields;
            return {
              id: c.id,
              fields: { ...rest, ...(gender === undefined ? {} : { GENDER: gender }), age_band: age },
            };
          });
          expect(screenCandidates(v, changed)).toEqual(screenCandidates(v, candidates));
        },
      ),
      params,
    );
  });

  it("results do not depend on the order of the candidates (statistics over 60 candidates)", () => {
    fc.assert(
      fc.property(
        vacancies,
        candidateLists(60),
        fc.array(fc.integer(), { minLength: 60, maxLength: 60 }),
        (v, candidates, keys) => {
          const shuffled = candidates
            .map((c, i) => ({ c, k: keys[i]! }))
            .sort((a, b) => a.k - b.k)
            .map((x) => x.c);
          const byId = (list: Candidate[]) =>
            Object.fromEntries(screenCandidates(v, list).map((r) => [r.id, r]));
          expect(byId(shuffled)).toEqual(byId(candidates));
        },
      ),
      { ...params, numRuns: 60 },
    );
  });

  it("only a failed knock-out rejects automatically; an atypical profile is never recommended for rejection", () => {
    fc.assert(
      fc.property(vacancies, candidateLists(8), (v, candidates) => {
        for (const r of screenCandidates(v, candidates)) {
          // A failed knock-out rejects automatically, unless the profile is atypical: then a person looks.
          expect(r.automatic).toBe(r.knockout !== null && !r.atypical.flagged);
          if (r.automatic) expect(r.recommendation).toBe("reject");
          if (r.knockout !== null && r.atypical.flagged) expect(r.recommendation).toBe("review");
          if (r.knockoutsUnknown.length > 0 && !r.automatic) expect(r.recommendation).toBe("review");
          if (r.atypical.flagged && !r.automatic) expect(r.recommendation).not.toBe("reject");
          expect(r.atypical.flagged).toBe(r.atypical.reasons.length > 0);
          expect(r.counterfactual === null).toBe(r.recommendation === "advance");
        }
      }),
      params,
    );
  });

  /**
   * Defined precisely: when every knock-out rule is met by readable data and every criterion and
   * nice-to-have is met in full, the score is the maximum, which a valid vacancy puts at or above the
   * advance threshold; atypical flags (career gap, foreign diploma, outlier, rare combination) never
   * lower an advance, so the candidate advances, flags kept. Only an unchecked knock-out caps at review,
   * and it cannot occur here.
   */
  it("a candidate meeting every rule and criterion in full advances, with any atypical flag kept", () => {
    fc.assert(
      fc.property(
        vacancies,
        candidateLists(30),
        fc.constantFrom("0", "30"),
        fc.constantFrom("NL", "BE"),
        (v, others, gap, country) => {
          const fields: Record<string, string> = { gap, country, gender: "x" };
          for (const rule of [...v.knockouts, ...v.criteria, ...v.niceToHaves])
            fields[rule.condition.field] = meeting(rule.condition);
          const consistent = [...v.knockouts, ...v.criteria, ...v.niceToHaves].every(
            (rule) => fields[rule.condition.field] === meeting(rule.condition),
          );
          fc.pre(consistent);
          const results = screenCandidates(v, [...others, { id: "full", fields }]);
          const r = results.find((x) => x.id === "full")!;
          expect(r.score).toBe(r.maxScore);
          expect(r.recommendation).toBe("advance");
          if (gap === "30" || country === "BE") expect(r.atypical.flagged).toBe(true);
        },
      ),
      params,
    );
  });

  it("the counterfactual names the fewest criteria, as brute force over all subsets finds", () => {
    fc.assert(
      fc.property(vacancies, candidateLists(6), (v, candidates) => {
        for (const r of screenCandidates(v, candidates)) {
          if (r.counterfactual === null || r.knockout !== null || r.knockoutsUnknown.length > 0) continue;
          const list = r.contributions;
          const target = r.counterfactual.outcome === "advance" ? v.thresholds.advance : v.thresholds.review;
          let best = Number.POSITIVE_INFINITY;
          for (let mask = 0; mask < 1 << list.length; mask++) {
            const chosen = new Set(list.filter((_, i) => mask & (1 << i)).map((c) => c.criterionId));
            if (scoreIfMet(list, chosen) >= target) best = Math.min(best, chosen.size);
          }
          expect(r.counterfactual.reachable).toBe(best < Number.POSITIVE_INFINITY);
          expect(r.counterfactual.criteria).toHaveLength(best);
        }
      }),
      params,
    );
  });
});
