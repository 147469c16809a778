import { describe, expect, it } from "vitest";
import { hasPayRange, salaryFindings } from "./salary-findings.ts";
import { tokenize } from "./tokens.ts";

const rules = (text: string, languages: ("nl" | "en")[] = ["nl", "en"]) =>
  salaryFindings(text, tokenize(text), languages).map((f) => [f.rule, text.slice(f.start, f.end)]);

describe("salaryFindings", () => {
  it.each([
    "Salaris: € 3.200 – € 4.100 bruto per maand",
    "tussen €3.000 en €4.000",
    "Het salaris is € 3.000 - 4.000",
    "3000-4000 euro per maand",
    "€45k–€55k a year",
    "Salary €52,000 to €64,000",
    "Uurloon € 14,50 tot € 16,80",
    "Inschaling in schaal 8",
    "Salarisschaal 10 van de cao Gemeenten",
    "functiegroep 7",
    "pay grade 5",
    "£32,000 to £38,000",
  ])("reads '%s' as a range", (text) => {
    expect(hasPayRange(text)).toBe(true);
    expect(rules(text)).toEqual([]);
  });

  it.each([
    "€ 2.500 en 5 dagen verlof",
    "Je krijgt € 500 opleidingsbudget en 25 vakantiedagen",
    "omzet van 3 tot 4 miljoen",
  ])("does not read '%s' as a range", (text) => {
    expect(hasPayRange(text)).toBe(false);
  });

  it("marks vague pay words, single amounts, or the missing salary, in that order", () => {
    expect(rules("Wij bieden een marktconform salaris. Salaris € 3.000 per maand.")).toEqual([
      ["salary.vague", "marktconform salaris"],
    ]);
    expect(rules("Salaris: € 3.000 bruto per maand. Opleidingsbudget € 500.")).toEqual([
      ["salary.single-amount", "€ 3.000"],
    ]);
    expect(rules("Salary negotiable.")).toEqual([["salary.vague", "Salary negotiable"]]);
    const none = "Wij zoeken een collega.\n";
    expect(rules(none)).toEqual([["salary.missing", ""]]);
    expect(salaryFindings(none, tokenize(none), ["nl"])[0]).toMatchObject({
      kind: "missing",
      start: 23,
      end: 23,
    });
  });

  it("always marks a question about pay history, never one about expectations (art. 5(2))", () => {
    expect(rules("Salaris € 3.000 - € 3.500. Noem je huidige salaris.")).toEqual([
      ["salary.pay-history", "huidige salaris"],
    ]);
    expect(rules("Salaris € 3.000 - € 3.500. Send a payslip and your previous salary.")).toEqual([
      ["salary.pay-history", "payslip"],
      ["salary.pay-history", "previous salary"],
    ]);
    expect(rules("Salaris € 3.000 - € 3.500. Your current salary expectations, please.")).toEqual([]);
  });
});
