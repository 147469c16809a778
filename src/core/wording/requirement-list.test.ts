import { describe, expect, it } from "vitest";
import { requirementFindings, requirementItems } from "./requirement-list.ts";

const items = (text: string) => requirementItems(text)?.map((i) => text.slice(i.start, i.end)) ?? null;

describe("requirementItems", () => {
  it("counts bullets and numbered items under requirement headings, not under nice-to-have", () => {
    const text = `## Wat vragen wij?
Je hebt:
- een hbo-diploma
  (of een gelijkwaardig niveau)
* ervaring met Excel
1. rijbewijs B
- kennis van Python is een pré

**Pluspunten**
- ervaring bij de overheid

Herken jij jezelf?`;
    expect(items(text)).toEqual(["- een hbo-diploma", "* ervaring met Excel", "1. rijbewijs B"]);
  });

  it("stops at a paragraph after the list, and adds up several requirement sections", () => {
    const text = `Requirements:
- TypeScript
- SQL
We value curiosity.
- not a requirement

Your profile
- English at C1`;
    expect(items(text)).toEqual(["- TypeScript", "- SQL", "- English at C1"]);
  });

  it("is null without a requirements heading", () => {
    expect(requirementItems("Over ons\n- een leuk team\n- koffie")).toBeNull();
  });

  it("flags the list above the limit, spanning its items, with the count in the advice", () => {
    const text = `Functie-eisen\n${Array.from({ length: 10 }, (_, i) => `- eis ${i}`).join("\n")}\n`;
    const list = requirementItems(text);
    expect(requirementFindings(list, 10)).toEqual([]);
    const [f] = requirementFindings(list, 8);
    expect(text.slice(f!.start, f!.end)).toBe(Array.from({ length: 10 }, (_, i) => `- eis ${i}`).join("\n"));
    expect(f!.suggestion?.nl).toMatch(/^10 eisen, meer dan 8/);
    expect(f!.suggestion?.en).toMatch(/^10 requirements, more than 8/);
  });
});
