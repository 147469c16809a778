import * as Plot from "@observablehq/plot";
import { useEffect, useId, useRef } from "react";
import { useT } from "../i18n/use-t.ts";

/** The class of every chart; its look lives in styles/app.css, not in a <style> Plot would inject. */
export const PLOT_CLASS = "aware-plot";

interface PlotFigureProps {
  /** Memoise these (useMemo): the chart is drawn again whenever the object changes. */
  readonly options: Plot.PlotOptions;
  /** A short title, shown above the chart and used as its accessible name. */
  readonly caption: string;
  /** The chart in words: its text alternative, readable by everyone under "In words". */
  readonly description: string;
}

/**
 * An Observable Plot chart in a <figure>, made fit for a strict Content-Security-Policy (the <style>
 * element Plot adds is removed before the chart enters the page; PLOT_CLASS styles it instead) and for
 * screen readers (one image with a name and a description, its inner marks silent).
 */
export function PlotFigure({ options, caption, description }: PlotFigureProps) {
  const { t } = useT();
  const host = useRef<HTMLDivElement>(null);
  const descriptionId = useId();
  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const chart = Plot.plot({ ...options, className: PLOT_CLASS, figure: false });
    for (const style of chart.querySelectorAll("style")) style.remove();
    for (const labelled of chart.querySelectorAll("[aria-label], [aria-description]")) {
      labelled.removeAttribute("aria-label");
      labelled.removeAttribute("aria-description");
    }
    chart.setAttribute("role", "img");
    chart.setAttribute("aria-label", caption);
    chart.setAttribute("aria-describedby", descriptionId);
    chart.removeAttribute("aria-description");
    element.replaceChildren(chart);
    return () => chart.remove();
  }, [options, caption, descriptionId]);
  return (
    <figure className="chart">
      <figcaption className="chart-caption">{caption}</figcaption>
      <div ref={host} className="chart-canvas" />
      <details className="chart-words">
        <summary>{t("chart.inWords")}</summary>
        <p id={descriptionId}>{description}</p>
      </details>
    </figure>
  );
}
