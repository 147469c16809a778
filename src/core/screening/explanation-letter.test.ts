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
