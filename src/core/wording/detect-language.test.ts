import { describe, expect, it } from "vitest";
import { detectLanguage } from "./detect-language.ts";
import { tokenize } from "./tokens.ts";

const detect = (text: string) => detectLanguage(tokenize(text));

describe("detectLanguage", () => {
  it("tells Dutch from English by function words", () => {
    const nl = detect(
      "Wij zoeken een collega voor de afdeling. Je werkt met het team aan de planning en je hebt ervaring.",
    );
    expect(nl.language).toBe("nl");
    expect(nl.nl).toBeGreaterThan(nl.en);
    const en = detect(
      "We are looking for a colleague for the team. You will work with the planners and you have experience.",
    );
    expect(en.language).toBe("en");
  });

  it("says undefined, with the reason, for a text too short or mixed", () => {
    const short = detect("Verpleegster (m/v)");
    expect(short.language).toBe("undefined");
    expect(short.reason?.en).toMatch(/too short/i);
    expect(short.reason?.nl).toMatch(/te kort/i);
    const mixed = detect(
      "Wij zoeken een developer voor de afdeling and you will work with the team on the planning en de roadmap.",
    );
    expect(mixed.language).toBe("undefined");
    expect(mixed.reason?.en).toMatch(/mixed/i);
  });

  it("leaves words the languages share out of both counts", () => {
    const d = detect("in is we of over die in is we of over die");
    expect(d.nl + d.en).toBe(0);
  });
});
