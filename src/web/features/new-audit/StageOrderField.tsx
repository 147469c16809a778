import { useRef, useState } from "react";
import { api } from "../../api/client.ts";
import { useApiData } from "../../components/use-api-data.ts";
import { useT } from "../../i18n/use-t.ts";

interface StageOrderFieldProps {
  readonly uploadId: string;
  readonly column: string;
  readonly mode: "inferred" | "manual";
  readonly order: readonly string[];
  readonly onChange: (mode: "inferred" | "manual", order: readonly string[]) => void;
  readonly error?: string | undefined;
}

/**
 * The order of the funnel's stages: inferred (the stage with the most rows first) or set by hand from
 * the column's distinct values, with Move up / Move down buttons (no dragging needed).
 */
export function StageOrderField({ uploadId, column, mode, order, onChange, error }: StageOrderFieldProps) {
  const { t } = useT();
  const [values] = useApiData(() => api.distinctValues(uploadId, column), [uploadId, column]);
  const [status, setStatus] = useState("");
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const available = values.status === "ready" && !values.data.more ? values.data.values : null;
  const shown = order.length > 0 ? order : (available ?? []);

  const choose = (next: "inferred" | "manual") => onChange(next, next === "manual" ? shown : order);

  const move = (index: number, by: -1 | 1) => {
    const target = index + by;
    const item = shown[index];
    const other = shown[target];
    if (item === undefined || other === undefined) return;
    const next = [...shown];
    next[index] = other;
    next[target] = item;
    onChange("manual", next);
    setStatus(t("stages.moved", { stage: item, position: target + 1, count: next.length }));
    // Keep the focus on a button of the item that moved, even when it reached the top or bottom.
    const atEdge = target === 0 || target === next.length - 1;
    const direction = atEdge ? (by === -1 ? "down" : "up") : by === -1 ? "up" : "down";
    requestAnimationFrame(() => buttons.current.get(`${item}:${direction}`)?.focus());
  };

  return (
    <fieldset className="subfield" aria-describedby={error ? "map-stage-order-error" : undefined}>
      <legend>{t("stages.legend")}</legend>
      <div className="radio">
        <input
          type="radio"
          id="map-stage-order-inferred"
          name="stage-order"
          checked={mode === "inferred"}
          onChange={() => choose("inferred")}
        />
        <label htmlFor="map-stage-order-inferred">{t("stages.inferred")}</label>
      </div>
      <div className="radio">
        <input
          type="radio"
          id="map-stage-order-manual"
          name="stage-order"
          checked={mode === "manual"}
          disabled={available === null}
          onChange={() => choose("manual")}
        />
        <label htmlFor="map-stage-order-manual">{t("stages.manual")}</label>
      </div>
      {values.status === "loading" && <p className="hint">{t("common.loading")}</p>}
      {values.status === "ready" && values.data.more && <p className="hint">{t("stages.tooMany")}</p>}
      {mode === "manual" && (
        <ol className="stage-list">
          {shown.map((stage, i) => (
            <li key={stage}>
              <span className="stage-name">{stage}</span>
              <button
                type="button"
                className="button button-small"
                ref={(el) => {
                  if (el) buttons.current.set(`${stage}:up`, el);
                }}
                disabled={i === 0}
                onClick={() => move(i, -1)}
                aria-label={t("stages.up", { stage })}
              >
                {t("stages.upShort")}
              </button>
              <button
                type="button"
                className="button button-small"
                ref={(el) => {
                  if (el) buttons.current.set(`${stage}:down`, el);
                }}
                disabled={i === shown.length - 1}
                onClick={() => move(i, 1)}
                aria-label={t("stages.down", { stage })}
              >
                {t("stages.downShort")}
              </button>
            </li>
          ))}
        </ol>
      )}
      {error && (
        <p className="field-error" id="map-stage-order-error">
          {error}
        </p>
      )}
      <p className="visually-hidden" role="status">
        {status}
      </p>
    </fieldset>
  );
}
