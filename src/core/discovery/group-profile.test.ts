import { describe, expect, it } from "vitest";
import { profileDifferences } from "./group-profile.ts";
import type { PreparedFeature } from "./prepare-table.ts";

const n = 200;
const rows = Int32Array.from({ length: n }, (_, i) => i);
const inGroup = (i: number) => i < 50;
const settings = { alpha: 0.05, minGroup: 5, leaveOut: [] as string[] };

describe("profileDifferences", () => {
  it("names the strongest significant differences, one line per feature, in both languages", () => {
    const features: PreparedFeature[] = [
      // Much lower experience in the group.
      {
        kind: "numeric",
        name: "years",
        values: Float64Array.from(rows, (i) => (inGroup(i) ? 2 : 10) + (i % 5)),
        missing: 0,
      },
      // A foreign diploma far more often in the group.
      {
        kind: "categorical",
        name: "education",
        codes: Int32Array.from(rows, (i) => (inGroup(i) ? (i % 5 === 0 ? 1 : 0) : i % 5 === 0 ? 0 : 1)),
        levels: ["foreign", "nl"],
        missing: 0,
      },
      // No difference at all.
      { kind: "numeric", name: "pages", values: Float64Array.from(rows, (i) => i % 4), missing: 0 },
    ];
    const lines = profileDifferences(features, inGroup, rows, settings);
    expect(lines.map((l) => l.feature)).toEqual(["years", "education"]);
    expect(lines[0]?.text).toEqual({
      en: "Lower years than the rest on average: 4 against 12",
      nl: "Gemiddeld lagere years dan de rest: 4 tegen 12",
    });
    expect(lines[1]?.text.en).toBe(
      "More often education = foreign: 80% of this group against 20% of the rest",
    );
    expect(
      profileDifferences(features, inGroup, rows, { ...settings, leaveOut: ["years", "education"] }),
    ).toEqual([
      {
        kind: "no-difference",
        text: {
          en: "Does not differ significantly from the rest on the other features (after Holm correction)",
          nl: "Verschilt op de andere kenmerken niet significant van de rest (na Holm-correctie)",
        },
      },
    ]);
  });

  // Regression: an HBAC cluster made of the rows where a numeric feature is missing crashed the profile
  // (the group's mean of that feature was NaN).
  it("skips a numeric feature that is missing for the whole group", () => {
    const features: PreparedFeature[] = [
      {
        kind: "numeric",
        name: "commute",
        values: Float64Array.from(rows, (i) => (inGroup(i) ? Number.NaN : i)),
        missing: 50,
      },
    ];
    expect(profileDifferences(features, inGroup, rows, settings)[0]?.kind).toBe("no-difference");
  });
});
