/**
 * A first guess of which column of an uploaded decision log holds what, from the column names (Dutch
 * and English) and a glimpse of the values. The user always confirms the mapping; a guess is only a
 * head start.
 */
export interface ColumnGlimpse {
  readonly values: readonly string[];
  readonly distinct: number;
}

export interface ColumnGuess {
  outcome?: string;
  protected?: string[];
  score?: string;
  label?: string;
  stage?: string;
  requisition?: string;
  date?: string;
}

const NAMES: Record<Exclude<keyof ColumnGuess, "protected">, RegExp> = {
  outcome:
    /^(selected|selection|hired|outcome|decision|advanced|passed|invited|geselecteerd|selectie|aangenomen|uitgenodigd|besluit|uitkomst|door)$|(_|^)(selected|hired|outcome)$/i,
  score: /score|punten|rating|beoordeling/i,
  label: /^(label|label_value|ground_truth|truth|suitable|geschikt|performance|prestatie)$/i,
  stage: /^(stage|phase|step|fase|stap|ronde)$/i,
  requisition: /vacanc|requisition|vacature|job_id|position|functie/i,
  date: /(^|[_\s-])(date|datum|timestamp|tijdstip)([_\s-]|$)/i,
};
/**
 * Words of a column name that say it holds a protected characteristic. Matched per word ("age_band",
 * "ageGroup", "migratieachtergrond"), so "languages" or "cv_pages" are not taken for an age.
 */
const PROTECTED_WORD =
  /^(gender|sex|geslacht\w*|ethnic\w*|race|herkomst|afkomst|nationality|nationaliteit|age|leeftijd\w*|disab\w*|beperking\w*|handicap|religion|religie|geloof|migration|migratie\w*)$/i;
const nameWords = (name: string): string[] =>
  name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== "");
const PROTECTED = { test: (name: string) => nameWords(name).some((w) => PROTECTED_WORD.test(w)) };
const BINARY = new Set(["0", "1", "yes", "no", "y", "n", "true", "false", "ja", "nee", "j", "t", "f"]);

export function guessColumns(
  columns: readonly string[],
  sample: Readonly<Record<string, ColumnGlimpse>>,
): ColumnGuess {
  const guess: ColumnGuess = {};
  const taken = new Set<string>();
  const claim = (key: Exclude<keyof ColumnGuess, "protected">, test: (c: string) => boolean) => {
    const found = columns.find((c) => !taken.has(c) && test(c));
    if (found) {
      guess[key] = found;
      taken.add(found);
    }
  };
  const isBinary = (c: string) => {
    const s = sample[c];
    return (
      !!s &&
      s.values.length > 0 &&
      s.values.length <= 2 &&
      s.values.every((v) => BINARY.has(v.trim().toLowerCase()))
    );
  };
  claim("outcome", (c) => NAMES.outcome.test(c) && isBinary(c));
  claim("label", (c) => NAMES.label.test(c) && isBinary(c));
  claim("score", (c) => NAMES.score.test(c));
  claim("stage", (c) => NAMES.stage.test(c));
  claim("requisition", (c) => NAMES.requisition.test(c));
  claim("date", (c) => NAMES.date.test(c));
  if (!guess.outcome) claim("outcome", (c) => isBinary(c));
  // A protected attribute has a name that says so and few distinct values (an id would have many).
  const protectedColumns = columns.filter(
    (c) => !taken.has(c) && PROTECTED.test(c) && (sample[c]?.distinct ?? 0) <= 50,
  );
  if (protectedColumns.length > 0) guess.protected = protectedColumns;
  return guess;
}
