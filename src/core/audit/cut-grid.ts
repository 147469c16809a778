/**
 * The cut scores of the impact-ratio curve: 19 evenly spaced values strictly between the lowest and the
 * highest score (as audit-AI's threshold sweep over np.linspace(low, high)). Computed from the minimum
 * and maximum alone, so every engine (DuckDB, PostgreSQL, rows in memory) gets the same grid cheaply.
 */
export function cutGrid(min: number, max: number, steps = 20): number[] {
  if (!(max > min)) return [];
  return Array.from({ length: steps - 1 }, (_, i) => min + ((i + 1) * (max - min)) / steps);
}
