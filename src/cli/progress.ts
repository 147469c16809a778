import type { Language } from "../core/i18n/language.ts";

const phases = {
  en: { checking: "Checking columns", score: "Reading scores", aggregating: "Counting per group" },
  nl: { checking: "Kolommen controleren", score: "Scores lezen", aggregating: "Tellen per groep" },
} as const;

/**
 * Progress on stderr for a person at a terminal: the phase and DuckDB's share done, redrawn in place.
 * Silent when stderr is not a terminal (pipelines, CI) or with --quiet.
 */
export function progressReporter(language: Language, enabled: boolean) {
  let phase = "";
  const draw = (text: string) => process.stderr.write(`\r\u001b[2K${text}`);
  return {
    onPhase(p: "checking" | "score" | "aggregating") {
      if (!enabled) return;
      phase = phases[language][p];
      draw(`${phase}…`);
    },
    onProgress(fraction: number) {
      if (enabled) draw(`${phase}… ${Math.round(fraction * 100)}%`);
    },
    done() {
      if (enabled) draw("");
    },
  };
}
