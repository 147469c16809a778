import { useState } from "react";
import { SCENARIOS, type Scenario } from "../../../core/explainer/hiring-history.ts";
import { formatNumber } from "../../../core/report/format-number.ts";
import { Field } from "../../components/Field.tsx";
import { SelectField } from "../../components/SelectField.tsx";
import { useT } from "../../i18n/use-t.ts";
import { parseSeed } from "./explainer-labels.ts";

export interface SimulationSettings {
  readonly scenario: Scenario;
  readonly biasStrength: number;
  readonly seed: number;
}

/** The settings of the invented history: which group, how biased the past, and the seed. */
export function ExplainerSettings({
  settings,
  onChange,
}: {
  readonly settings: SimulationSettings;
  readonly onChange: (settings: SimulationSettings) => void;
}) {
  const { t, language } = useT();
  const [seedText, setSeedText] = useState(String(settings.seed));
  const [seedError, setSeedError] = useState<string | undefined>();
  const setSeed = (text: string) => {
    setSeedText(text);
    const seed = parseSeed(text);
    if (seed === null) {
      setSeedError(t("learn.settings.seedError"));
      return;
    }
    setSeedError(undefined);
    onChange({ ...settings, seed });
  };
  const bias = formatNumber(language, settings.biasStrength, 2);
  return (
    <fieldset className="explainer-settings">
      <legend>{t("learn.settings.title")}</legend>
      <SelectField
        id="learn-scenario"
        label={t("learn.settings.scenario")}
        value={settings.scenario}
        options={SCENARIOS.map((s) => ({ value: s, label: t(`learn.scenario.${s}`) }))}
        onChange={(v) => onChange({ ...settings, scenario: v === "migration" ? "migration" : "gender" })}
      />
      <Field id="learn-bias" label={t("learn.settings.bias")} hint={t("learn.settings.biasHint")}>
        {(control) => (
          <div className="range-row">
            <input
              {...control}
              type="range"
              min={0}
              max={3}
              step={0.25}
              value={settings.biasStrength}
              aria-valuetext={t("learn.settings.biasValue", { value: bias })}
              onChange={(e) => onChange({ ...settings, biasStrength: Number(e.target.value) })}
            />
            <output htmlFor={control.id} className="range-value">
              {bias}
            </output>
          </div>
        )}
      </Field>
      <div className="seed-row">
        <Field
          id="learn-seed"
          label={t("learn.settings.seed")}
          hint={t("learn.settings.seedHint")}
          error={seedError}
        >
          {(control) => (
            <input
              {...control}
              className="input-short"
              type="number"
              min={1}
              max={999_999}
              step={1}
              value={seedText}
              onChange={(e) => setSeed(e.target.value)}
            />
          )}
        </Field>
        <button
          type="button"
          className="button"
          onClick={() => setSeed(String(settings.seed >= 999_999 ? 1 : settings.seed + 1))}
        >
          {t("learn.settings.another")}
        </button>
      </div>
    </fieldset>
  );
}
