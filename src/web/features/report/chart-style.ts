/** Chart colours, each with a contrast of at least 4.5:1 on white (WCAG 1.4.11 asks 3:1 for graphics). */
export const CHART = {
  main: "#1f4e79",
  below: "#b3261e",
  muted: "#595959",
  rowHeight: 28,
  width: 640,
} as const;
