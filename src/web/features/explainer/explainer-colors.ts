import { CHART } from "../report/chart-style.ts";

/**
 * The explainer's two groups: the report's blue for the other group, a dark orange for the protected
 * group (contrast 5.9:1 on white, above the 3:1 WCAG 1.4.11 asks of graphics); red stays for "below 0.8".
 */
export const GROUP_COLOURS = { other: CHART.main, protected: "#9a4a00" } as const;
export { CHART };
