import type { Language } from "../core/i18n/language.ts";

const phases = {
  en: { checking: "Checking columns", score: "Reading scores", aggregating: "Counting per group" },
  nl: { checking: "Kolommen controleren", score: "Scores lezen", aggregating: "Tellen per groep" },
} as const;

/**
 * Progress on stderr for a person at a terminal: the phase, the seconds it has taken, and DuckDB's
 * share done when DuckDB can tell (it cannot for every query plan), redrawn in place. Silent when
 * stderr is not a terminal (pipelines, CI) or with --quiet.
 */
export function progressReporter(language: Language, enabled: boolean) {
  let phase = "";
  let started = 0;
  let fraction = 0;
  let timer: ReturnType<typeof setInterval> | undefined;
  const draw = () => {
    const seconds = Math.round((performance.now() - started) / 1000);
    const share = fraction > 0 ? ` ${Math.round(fraction * 100)}%` : "";
    process.stderr.write(`\r\u001b[2K${phase}…${share} (${seconds} s)`);
  };
  return {
    onPhase(p: "checking" | "score" | "aggregating") {
      if (!enabled) return;
      phase = phases[language][p];
      started = performance.now();
      fraction = 0;
      draw();
      timer ??= setInterval(draw, 1000);
    },
    onProgress(f: number) {
      fraction = f;
    },
    done() {
      if (timer) clearInterval(timer);
      if (enabled) process.stderr.write("\r\u001b[2K");
    },
  };
}
