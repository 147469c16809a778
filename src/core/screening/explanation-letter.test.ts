import { describe, expect, it } from "vitest";
import { candidate, criterion, testVacancy } from "../../../test-support/test-vacancy.ts";
import { explanationLetter } from "./explanation-letter.ts";
import { screenCandidates } from "./screen-candidates.ts";

const hostile = `<script>alert("x")</script>&'`;

describe("explanationLetter", () => {
  it("is a complete, accessible HTML document in the chosen language", () => {
    const v = testVacancy();
    const [r] = screenCandidates(v, [candidate("c1", { years: "0", extra: "nee" })]);
    const nl = explanationLetter(v, r!, {
      language: "nl",
      organisation: "Zorg Thuis BV",
      candidateName: "Sam",
    });
    expect(nl).toMatch(/^<!doctype html>\n<html lang="nl">/);
    expect(nl).toContain("<h1>");
    expect(nl).toContain('<th scope="col">Criterium</th>');
    expect(nl).toContain("Beste Sam,");
    expect(nl).toContain("50 van 100");
    expect(nl).toContain("Wat de uitkomst had veranderd");
    expect(nl).toContain("art. 86");
    expect(nl).toContain("C-203/22");
    expect(nl).toContain("art. 22");
    expect(nl).toContain("bezwaar");
    const en = explanationLetter(v, r!, { language: "en", organisation: "Zorg Thuis BV" });
    expect(en).toContain('<html lang="en">');
    expect(en).toContain("Dear candidate,");
    expect(en).toContain("procedure and principles actually applied");
    expect(en).toContain(
      "A person reviews and takes every decision, except a rejection by a published knock-out",
    );
  });

  it("shows the knock-out rule and its published reason", () => {
    const v = testVacancy();
    const [r] = screenCandidates(v, [candidate("c1", { licence: "nee" })]);
    const en = explanationLetter(v, r!, { language: "en", organisation: "Org" });
    expect(en).toContain("Published requirement you do not meet");
    expect(en).toContain("Rule licence");
    expect(en).toContain("Reason licence.");
  });

  it("states the decision first, who took it, and the reason for departing from the recommendation", () => {
    const v = testVacancy();
    const [r] = screenCandidates(v, [candidate("c1", { licence: "nee" })]);
    const en = explanationLetter(v, r!, {
      language: "en",
      organisation: "Org",
      decision: {
        decision: "advance",
        by: "person",
        at: "2026-03-02T10:00:00.000Z",
        override: true,
        reason: "Licence exam passed last week.",
      },
    });
    expect(en.indexOf("<h2>Decision</h2>")).toBeLessThan(en.indexOf("What the system recommended"));
    expect(en).toContain("You go on to the next round.");
    expect(en).toContain("A person took this decision on 2026-03-02");
    expect(en).toContain("Why the person departed from the recommendation");
    expect(en).toContain("Licence exam passed last week.");
    const system = explanationLetter(v, r!, {
      language: "nl",
      organisation: "Org",
      decision: { decision: "reject", by: "system", at: "2026-03-02", override: false, reason: null },
    });
    expect(system).toContain("Wij gaan niet verder met uw sollicitatie.");
    expect(system).toContain("gepubliceerde knock-outeis");
    expect(system).not.toContain("afweek");
  });

  it("escapes every value", () => {
    const v = testVacancy({
      title: { nl: hostile, en: hostile },
      niceToHaves: [
        { ...criterion("extra", 10, { kind: "yes", field: "extra" }), label: { nl: hostile, en: hostile } },
      ],
    });
    const [r] = screenCandidates(v, [candidate("c1", { skills: hostile, extra: "nee" })]);
    const html = explanationLetter(v, r!, { language: "en", organisation: hostile, candidateName: hostile });
    expect(html).not.toContain("<script>");
    expect(html).not.toContain(`"x"`);
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;");
  });
});
