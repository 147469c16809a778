import { describe, expect, it } from "vitest";
import { candidate, criterion, knockout, testVacancy } from "../../../test-support/test-vacancy.ts";
import { screenCandidates } from "./screen-candidates.ts";
import type { ScreeningResult } from "./screening-result.ts";

const screenOne = (fields: Record<string, string | null>, vacancy = testVacancy()): ScreeningResult =>
  screenCandidates(vacancy, [candidate("c1", fields)])[0]!;
const codes = (r: ScreeningResult) => r.atypical.reasons.map((a) => a.code);

describe("screenCandidates: scoring and thresholds", () => {
  it("a candidate meeting everything advances with the full score", () => {
    const r = screenOne({});
    expect(r).toMatchObject({ score: 100, maxScore: 100, recommendation: "advance", automatic: false });
    expect(r.knockout).toBeNull();
    expect(r.counterfactual).toBeNull();
    expect(r.contributions.map((c) => [c.criterionId, c.kind, c.points])).toEqual([
      ["experience", "criterion", 40],
      ["dutch", "criterion", 30],
      ["skill", "criterion", 20],
      ["extra", "niceToHave", 10],
    ]);
  });

  it("gives partial points on a scale and applies the thresholds as recommendations", () => {
    expect(screenOne({ years: "2,5" })).toMatchObject({ score: 80, recommendation: "advance" });
    expect(screenOne({ years: "0", extra: "nee" })).toMatchObject({ score: 50, recommendation: "review" });
    const low = screenOne({ years: "0", dutch: "A2", extra: "nee" });
    expect(low).toMatchObject({ score: 20, recommendation: "reject", automatic: false, knockout: null });
    expect(low.explanation.en).toMatch(/only a recommendation: a person reviews it/);
  });

  it("the thresholds are inclusive", () => {
    const v = testVacancy({ thresholds: { advance: 90, review: 50 } });
    expect(screenOne({ extra: "nee" }, v).recommendation).toBe("advance");
    expect(screenOne({ years: "0", extra: "nee" }, v).recommendation).toBe("review");
  });

  it("throws a TypeError for a vacancy with errors", () => {
    const v = testVacancy({ niceToHaves: [criterion("x", 5, { kind: "yes", field: "gender" })] });
    expect(() => screenCandidates(v, [])).toThrow(TypeError);
  });
});

describe("screenCandidates: knock-outs", () => {
  it("a failed knock-out rejects automatically, with the rule, its reason and the evidence", () => {
    const r = screenOne({ licence: "nee" });
    expect(r).toMatchObject({ recommendation: "reject", automatic: true, score: 100 });
    expect(r.knockout).toEqual({
      id: "licence",
      label: { nl: "Eis licence", en: "Rule licence" },
      reason: { nl: "Reden licence.", en: "Reason licence." },
      evidence: "nee",
    });
    expect(r.counterfactual).toMatchObject({ outcome: "advance", criteria: ["licence"], reachable: true });
    expect(r.explanation.en).toContain("'Rule licence'");
    expect(r.explanation.en).toContain("Reason licence.");
    expect(r.explanation.nl).toContain("automatische afwijzing");
  });

  it("the first failing rule in vacancy order is reported; the counterfactual names all failing rules", () => {
    const v = testVacancy({
      knockouts: [knockout("a", { kind: "yes", field: "a" }), knockout("b", { kind: "yes", field: "b" })],
    });
    const r = screenOne({ a: "nee", b: "0" }, v);
    expect(r.knockout?.id).toBe("a");
    expect(r.counterfactual?.criteria).toEqual(["a", "b"]);
  });

  it("after meeting the knock-out, a low score still needs criteria to reach review", () => {
    const r = screenOne({ licence: "nee", years: "0", dutch: "A1", extra: "0" });
    expect(r.counterfactual).toMatchObject({ outcome: "review", criteria: ["licence", "experience"] });
  });

  it("a passed knock-out adds no points", () => {
    const r = screenOne({});
    expect(r.contributions.some((c) => c.criterionId === "licence")).toBe(false);
  });

  it("a missing or unreadable knock-out is unknown: never a rejection, always review", () => {
    for (const licence of [null, "", "in aanvraag"]) {
      const r = screenOne({ licence });
      expect(r).toMatchObject({ recommendation: "review", automatic: false, knockout: null });
      expect(r.knockoutsUnknown).toEqual(["licence"]);
      expect(r.atypical.flagged).toBe(true);
      expect(r.counterfactual).toMatchObject({ outcome: "advance", criteria: ["licence"] });
    }
    expect(codes(screenOne({ licence: null }))).toEqual(["missing"]);
    expect(codes(screenOne({ licence: "in aanvraag" }))).toEqual(["unreadable"]);
  });
});

describe("screenCandidates: atypical profiles", () => {
  it("a missing criterion scores 0 with null evidence and goes to review instead of reject", () => {
    const r = screenOne({ years: "0", dutch: null, extra: "nee" });
    expect(r.contributions[1]).toMatchObject({ fulfilment: 0, points: 0, evidence: null, met: false });
    expect(r.score).toBe(20);
    expect(r.recommendation).toBe("review");
    expect(codes(r)).toEqual(["missing"]);
    expect(r.atypical.reasons[0]?.message.en).toMatch(/A person will look/);
  });

  it("an unreadable value scores 0 with the raw text as evidence", () => {
    const r = screenOne({ years: "veel" });
    expect(r.contributions[0]).toMatchObject({ fulfilment: 0, evidence: "veel" });
    expect(codes(r)).toEqual(["unreadable"]);
  });

  it("a long career gap and a foreign diploma are routed to a person", () => {
    expect(codes(screenOne({ gap_months: "13" }))).toEqual(["career-gap"]);
    expect(codes(screenOne({ gap_months: "12" }))).toEqual([]);
    expect(codes(screenOne({ diploma_country: "MA" }))).toEqual(["foreign-diploma"]);
    expect(codes(screenOne({ diploma_country: " Nl " }))).toEqual([]);
    const v = testVacancy({ profileFields: { careerGapMonths: "gap_months", maxGapMonths: 24 } });
    expect(codes(screenOne({ gap_months: "13", diploma_country: "MA" }, v))).toEqual([]);
  });

  it("an atypical candidate who would advance stays advance, with the flag", () => {
    const r = screenOne({ gap_months: "40" });
    expect(r).toMatchObject({ recommendation: "advance", atypical: { flagged: true } });
  });

  it("an atypical candidate who would be rejected goes to review", () => {
    const r = screenOne({ years: "0", dutch: "A1", extra: "nee", diploma_country: "SY" });
    expect(r).toMatchObject({ score: 20, recommendation: "review", automatic: false });
  });

  it("flags an outlier beyond 3 robust SDs, from 20 values with a positive MAD", () => {
    const v = testVacancy({
      criteria: [criterion("experience", 100, { kind: "atLeast", field: "years", value: 1 })],
      niceToHaves: [],
    });
    const years = (n: number) =>
      Array.from({ length: n }, (_, i) => candidate(`c${i}`, { years: String(2 + (i % 5)) }));
    const withOutlier = [...years(19), candidate("far", { years: "40" })];
    const results = screenCandidates(v, withOutlier);
    expect(codes(results.find((r) => r.id === "far")!)).toEqual(["outlier"]);
    expect(results.filter((r) => r.atypical.flagged)).toHaveLength(1);
    expect(screenCandidates(v, withOutlier.slice(1)).every((r) => !r.atypical.flagged)).toBe(true);
    const same = [
      ...Array.from({ length: 19 }, (_, i) => candidate(`c${i}`, { years: "3" })),
      candidate("far"),
    ];
    expect(
      screenCandidates(v, [...same.slice(0, -1), candidate("far", { years: "40" })]).some(
        (r) => r.atypical.flagged,
      ),
    ).toBe(false);
  });

  it("flags a combination of met criteria held by under 2 % and under 3 candidates, from 50 on", () => {
    const common = (n: number) => Array.from({ length: n }, (_, i) => candidate(`c${i}`));
    const rare = (n: number) => Array.from({ length: n }, (_, i) => candidate(`r${i}`, { dutch: "A2" }));
    const flagged = (list: ReturnType<typeof candidate>[]) =>
      screenCandidates(testVacancy(), list)
        .filter((r) => r.atypical.flagged)
        .map((r) => [r.id, codes(r)]);
    expect(flagged([...common(60), ...rare(1)])).toEqual([["r0", ["rare-combination"]]]);
    // 2 of 101 is under 2 % and under 3: both flagged; 3 of 200 is under 2 % but not under 3.
    expect(flagged([...common(99), ...rare(2)])).toHaveLength(2);
    expect(flagged([...common(197), ...rare(3)])).toEqual([]);
    // 1 of 50 is exactly 2 %, and below 50 candidates the check is off.
    expect(flagged([...common(49), ...rare(1)])).toEqual([]);
    expect(flagged([...common(48), ...rare(1)])).toEqual([]);
  });
});

describe("screenCandidates: explanations", () => {
  it("name the score and the labels in both languages, with a Dutch decimal comma", () => {
    const r = screenOne({ years: "1,5", extra: "nee" });
    expect(r.score).toBe(62);
    expect(r.explanation.en).toContain("62 of 100 points");
    expect(r.explanation.nl).toContain("62 van 100 punten");
    const half = screenOne({ years: "0,5625", extra: "nee" });
    expect(half.score).toBe(54.5);
    expect(half.explanation.nl).toContain("54,5 van 100 punten");
    expect(half.explanation.en).toContain("54.5 of 100 points");
    for (const c of r.contributions) {
      expect(c.explanation.en).toContain(`'${c.label.en}'`);
      expect(c.explanation.nl).toContain(`'${c.label.nl}'`);
    }
  });

  it("per contribution: met, partly met, not met and missing, formal Dutch", () => {
    const r = screenOne({ years: "2,5", dutch: "A2", skills: null });
    expect(r.contributions.map((c) => c.explanation.en)).toEqual([
      `You partly meet 'EN experience' (your answer: "2,5"; asked: full points from 5, none at 0): 20 of 40 points.`,
      `You do not meet 'EN dutch' (your answer: "A2"; asked: level B1 or higher): 0 of 30 points.`,
      "We have no information for 'EN skill', so it counts as 0 of 20 points; a person will look at your application.",
      "You meet 'EN extra': 10 of 10 points.",
    ]);
    expect(r.contributions[3]?.explanation.nl).toBe("U voldoet aan 'NL extra': 10 van 10 punten.");
    expect(r.contributions[0]?.explanation.nl).toContain("uw antwoord");
  });

  it("the overall explanation says what the recommendation means, the strongest and missed points and the counterfactual", () => {
    const r = screenOne({ years: "0", extra: "nee" });
    expect(r.recommendation).toBe("review");
    expect(r.counterfactual).toMatchObject({ outcome: "advance", criteria: ["experience"], reachable: true });
    expect(r.explanation.en).toContain(
      "Your strongest points: 'EN dutch' (30 points) and 'EN skill' (20 points).",
    );
    expect(r.explanation.en).toContain(
      "Points you missed: 'EN experience' (0 of 40) and 'EN extra' (0 of 10).",
    );
    expect(r.explanation.en).toContain(
      "If you had fully met 'EN experience', your score would have reached the threshold to advance (70 points).",
    );
    expect(r.explanation.nl).toContain("Als u volledig had voldaan aan 'NL experience'");
    expect(r.explanation.nl).toContain("een medewerker");
  });
});
