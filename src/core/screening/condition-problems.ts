import { CEFR_LEVELS, type Condition } from "./vacancy.ts";
import { problem, type VacancyProblem } from "./vacancy-problem.ts";

const isNumber = (x: unknown): boolean => typeof x === "number" && Number.isFinite(x);

/** Errors in one condition's own settings (a vacancy read from JSON may hold anything). */
export function conditionProblems(condition: Condition, path: string): VacancyProblem[] {
  const out: VacancyProblem[] = [];
  const at = (key: string) => `${path}.${key}`;
  if (typeof condition.field !== "string" || condition.field.trim() === "") {
    out.push(
      problem("empty-field", at("field"), {
        en: "This rule does not say which field of the candidate to look at.",
        nl: "Deze regel zegt niet naar welk veld van de kandidaat gekeken moet worden.",
      }),
    );
  }
  const notANumber = (key: string) =>
    problem("not-a-number", at(key), {
      en: `'${key}' must be a number.`,
      nl: `'${key}' moet een getal zijn.`,
    });
  switch (condition.kind) {
    case "yes":
      break;
    case "atLeast":
      if (!isNumber(condition.value)) out.push(notANumber("value"));
      break;
    case "scale":
      if (!isNumber(condition.from)) out.push(notANumber("from"));
      if (!isNumber(condition.to)) out.push(notANumber("to"));
      if (condition.to === condition.from) {
        out.push(
          problem("empty-scale", at("to"), {
            en: "The scale starts and ends at the same number, so it cannot give partial points. Make 'to' the value that earns full points.",
            nl: "De schaal begint en eindigt bij hetzelfde getal, dus kan geen gedeeltelijke punten geven. Maak 'to' de waarde die de volle punten oplevert.",
          }),
        );
      }
      break;
    case "oneOf":
      if (!Array.isArray(condition.values) || !condition.values.some((v) => String(v).trim() !== "")) {
        out.push(
          problem("empty-one-of", at("values"), {
            en: "The list of accepted answers is empty, so no candidate could ever meet this.",
            nl: "De lijst met geaccepteerde antwoorden is leeg, dus geen kandidaat kan hieraan ooit voldoen.",
          }),
        );
      }
      break;
    case "includes":
      if (typeof condition.value !== "string" || condition.value.trim() === "") {
        out.push(
          problem("empty-includes", at("value"), {
            en: "The value to look for in the list is empty.",
            nl: "De waarde om in de lijst te zoeken is leeg.",
          }),
        );
      }
      break;
    case "cefr":
      if (!(CEFR_LEVELS as readonly string[]).includes(condition.level)) {
        out.push(
          problem("invalid-cefr-level", at("level"), {
            en: `The language level must be one of ${CEFR_LEVELS.join(", ")} (the Common European Framework of Reference).`,
            nl: `Het taalniveau moet een van ${CEFR_LEVELS.join(", ")} zijn (het Europees Referentiekader).`,
          }),
        );
      }
      break;
    default:
      out.push(
        problem("unknown-condition", at("kind"), {
          en: "This kind of condition is not known: use yes, atLeast, scale, oneOf, includes or cefr.",
          nl: "Dit soort voorwaarde is onbekend: gebruik yes, atLeast, scale, oneOf, includes of cefr.",
        }),
      );
  }
  return out;
}
