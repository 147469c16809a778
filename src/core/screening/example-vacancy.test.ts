import { describe, expect, it } from "vitest";
import { checkVacancy } from "./check-vacancy.ts";
import { exampleVacancy } from "./example-vacancy.ts";
import { screenCandidates } from "./screen-candidates.ts";

describe("exampleVacancy", () => {
  it("passes the check without errors or warnings", () => {
    expect(checkVacancy(exampleVacancy)).toEqual({ errors: [], warnings: [] });
  });

  it("screens a candidate and never reads the protected columns", () => {
    const fields = {
      rijbewijs_b: "ja",
      diploma: "VIG",
      ervaring_jaren: "3,5",
      nederlands_niveau: "B2",
      vaardigheden: "wondzorg; medicatie",
      certificaat: "BHV",
      ervaring_dementie: "nee",
      loopbaanonderbreking_maanden: "0",
      diploma_land: "NL",
    };
    const [a] = screenCandidates(exampleVacancy, [
      { id: "a", fields: { ...fields, gender: "vrouw", age_band: "50+" } },
    ]);
    const [b] = screenCandidates(exampleVacancy, [
      { id: "a", fields: { ...fields, gender: "man", disability: "ja" } },
    ]);
    expect(a).toEqual(b);
    expect(a).toMatchObject({ score: 81, recommendation: "advance" });
  });
});
