import { sameColumn } from "./field-name.ts";
import { protectedGroundOf } from "./protected-grounds.ts";
import { proxyOf } from "./proxy-terms.ts";
import type { Condition } from "./vacancy.ts";
import { problem, type VacancyProblem } from "./vacancy-problem.ts";

const ALL_LAWS = "AWGB, WGBL, WGBH/CZ; Directives 2000/43/EC, 2000/78/EC, 2006/54/EC";

/**
 * Refuses a field that holds a protected characteristic: listed in the vacancy's `protectedColumns`
 * or named after one. Selecting on it is direct discrimination, which no aim can justify in hiring.
 */
export function protectedFieldProblem(
  field: string,
  path: string,
  protectedColumns: readonly string[],
): VacancyProblem | null {
  const listed = protectedColumns.some((c) => sameColumn(c, field));
  const ground = protectedGroundOf(field);
  if (!listed && ground === null) return null;
  const name = ground?.name ?? { en: "a protected characteristic", nl: "een beschermd kenmerk" };
  const law = ground?.law ?? ALL_LAWS;
  const listedEn = listed
    ? " It is listed as a protected column of this vacancy, so the engine never reads it."
    : "";
  const listedNl = listed
    ? " Het staat als beschermde kolom bij deze vacature, dus de screening leest het nooit."
    : "";
  return problem(
    "protected-characteristic",
    path,
    {
      en: `The field '${field}' holds ${name.en}. Selecting candidates on it is direct discrimination, forbidden by law (${law}).${listedEn} Remove this rule and select on skills, experience, certificates or language level.`,
      nl: `Het veld '${field}' bevat ${name.nl}. Kandidaten hierop selecteren is direct onderscheid, verboden door de wet (${law}).${listedNl} Verwijder deze regel en selecteer op vaardigheden, ervaring, certificaten of taalniveau.`,
    },
    field,
  );
}

/** Warns when a condition uses a known proxy, in its field name or in a required value. */
export function proxyProblems(condition: Condition, path: string): VacancyProblem[] {
  const out: VacancyProblem[] = [];
  const warn = (text: string, where: string, subject: "field" | "value") => {
    const proxy = proxyOf(text);
    if (proxy === null) return;
    const en = subject === "field" ? `The field '${text}'` : `The required value '${text}'`;
    const nl = subject === "field" ? `Het veld '${text}'` : `De gevraagde waarde '${text}'`;
    out.push(
      problem(
        proxy.code,
        where,
        {
          en: `${en} can stand in for a protected characteristic. ${proxy.why.en}`,
          nl: `${nl} kan een beschermd kenmerk vervangen. ${proxy.why.nl}`,
        },
        condition.field,
      ),
    );
  };
  warn(condition.field, `${path}.field`, "field");
  if (condition.kind === "oneOf" && Array.isArray(condition.values)) {
    condition.values.forEach((v, i) => {
      warn(String(v), `${path}.values[${i}]`, "value");
    });
  }
  if (condition.kind === "includes") warn(String(condition.value), `${path}.value`, "value");
  return out;
}
