import { closestName } from "./closest-name.ts";
import { columnsRead, type DecisionLogColumns } from "./decision-log-columns.ts";
import { DecisionLogError } from "./decision-log-error.ts";

/** Every requested column must exist; a near miss is named so the user can fix the spelling. */
export function checkColumns(source: string, names: readonly string[], columns: DecisionLogColumns) {
  for (const wanted of columnsRead(columns)) {
    if (names.includes(wanted)) continue;
    const suggestion = closestName(wanted, names);
    throw new DecisionLogError(
      "missing-column",
      { source, column: wanted, available: names.join(", "), ...(suggestion ? { suggestion } : {}) },
      `${source}: no column ${wanted}${suggestion ? ` (did you mean ${suggestion}?)` : ""}; columns: ${names.join(", ")}`,
    );
  }
}
