import type { Language } from "../i18n/language.ts";
import type { DiscoveryError } from "./discovery-error.ts";

/**
 * A discovery input error in the user's language: what is wrong, where (the column, the data row)
 * and what to do. Rows are data rows counted from 1 (the header is not a row). The source (a file
 * name) is prefixed by the adapter.
 */
export function discoveryErrorMessage(language: Language, error: DiscoveryError): string {
  const d = error.details;
  const nl = language === "nl";
  const col = d.column ?? "?";
  const row = d.row ?? 0;
  const value = d.value ?? "";
  switch (error.code) {
    case "too-few-rows":
      return nl
        ? `Er zijn ${d.rows} bruikbare rijen; de ontdekking heeft er minstens ${d.required} nodig (met een uitkomst). Gebruik een groter logboek.`
        : `There are ${d.rows} usable rows; the discovery needs at least ${d.required} (with an outcome). Use a larger log.`;
    case "unknown-column":
      return nl
        ? `De kolom '${col}' staat niet in de tabel. Controleer de spelling.`
        : `The column '${col}' is not in the table. Check the spelling.`;
    case "duplicate-column":
      return nl ? `De kolom '${col}' is twee keer genoemd.` : `The column '${col}' is named twice.`;
    case "invalid-outcome":
      return nl
        ? `Rij ${row}: de uitkomstkolom '${col}' bevat "${value}", geen ja/nee-besluit (1/0, true/false, yes/no, ja/nee). Kies een andere kolom of soort uitkomst.`
        : `Row ${row}: the outcome column '${col}' holds "${value}", which is not a yes/no decision (1/0, true/false, yes/no, ja/nee). Choose another column or outcome kind.`;
    case "invalid-score":
      return nl
        ? `Rij ${row}: de scorekolom '${col}' bevat "${value}", geen getal.`
        : `Row ${row}: the score column '${col}' holds "${value}", which is not a number.`;
    case "invalid-number":
      return nl
        ? `Rij ${row}: het numerieke kenmerk '${col}' bevat "${value}", geen getal.`
        : `Row ${row}: the numeric feature '${col}' holds "${value}", which is not a number.`;
    case "outcome-as-feature":
      return nl
        ? `De uitkomstkolom '${col}' kan niet ook een kenmerk zijn.`
        : `The outcome column '${col}' cannot also be a feature.`;
    case "protected-as-feature":
      return nl
        ? `Het beschermde kenmerk '${col}' kan geen zoekkenmerk zijn: beschermde gegevens dienen alleen om de groepen te controleren.`
        : `The protected attribute '${col}' cannot be a feature: protected data is only used to validate the groups.`;
    case "id-as-feature":
      return nl
        ? `De id-kolom '${col}' kan geen kenmerk zijn.`
        : `The id column '${col}' cannot be a feature.`;
    case "identifier-as-feature":
      return nl
        ? `Het kenmerk '${col}' heeft in elk van de ${d.rows} rijen een andere waarde: het lijkt een identificatie, geen kenmerk. Geef het op als id-kolom.`
        : `The feature '${col}' has a different value in each of the ${d.rows} rows: it looks like an identifier, not a feature. Pass it as the id column instead.`;
    case "more-features-than-rows":
      return nl
        ? `${d.features} kenmerken voor ${d.rows} rijen: er moeten meer rijen dan kenmerken zijn. Kies minder kenmerken.`
        : `${d.features} features for ${d.rows} rows: there must be more rows than features. Choose fewer features.`;
    case "no-usable-features":
      return nl
        ? "Er zijn geen bruikbare kenmerken om te doorzoeken (constante of lege kolommen tellen niet mee)."
        : "There are no usable features to search (constant or empty columns do not count).";
    case "no-protected-attributes":
      return nl
        ? "De proxycontrole heeft minstens één beschermd kenmerk nodig (bijvoorbeeld geslacht)."
        : "The proxy check needs at least one protected attribute (e.g. gender).";
  }
}
