import { useMemo, useState } from "react";
import { EXPLAINER_DEFAULTS, explainBias } from "../../../core/explainer/bias-explainer.ts";
import { DEFAULT_HISTORY_SIZE } from "../../../core/explainer/hiring-history.ts";
import { type ModelChoice, scoreToPoints } from "../../../core/explainer/screening-model.ts";
import { impactRatioCurve, thresholdOutcome } from "../../../core/explainer/threshold-outcome.ts";
import { formatCount, formatNumber } from "../../../core/report/format-number.ts";
import { Field } from "../../components/Field.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { useT } from "../../i18n/use-t.ts";
import { ExplainerSettings, type SimulationSettings } from "./ExplainerSettings.tsx";
import { CURVE_THRESHOLDS, SCENARIO_WORDS, THRESHOLD_RANGE } from "./explainer-labels.ts";
import { HistoryStep } from "./HistoryStep.tsx";
import { ImpactCurveChart } from "./ImpactCurveChart.tsx";
import { MissedChart } from "./MissedChart.tsx";
import { ModelComparison } from "./ModelComparison.tsx";
import { OutcomeTable } from "./OutcomeTable.tsx";
import { outcomeSentence } from "./outcome-sentence.ts";
import { ScorecardTable } from "./ScorecardTable.tsx";
import { WhatYouCanDo } from "./WhatYouCanDo.tsx";

const FULL: ModelChoice = { useProtected: true, useProxies: true };

/**
 * /learn (public, no login): how a screening model trained on biased history repeats the bias, even
 * without the protected attribute. Everything runs in the browser on Aware's own core: the history is
 * generated from a seed, the model is a logistic regression shown as a scorecard, and every impact
 * ratio comes from the same audit engine as an uploaded decision log.
 */
export function ExplainerPage() {
  const { t, language } = useT();
  const [settings, setSettings] = useState<SimulationSettings>({
    scenario: EXPLAINER_DEFAULTS.scenario,
    biasStrength: EXPLAINER_DEFAULTS.biasStrength,
    seed: EXPLAINER_DEFAULTS.seed,
  });
  const [useProtected, setUseProtected] = useState(true);
  const [useProxies, setUseProxies] = useState(true);
  const [percent, setPercent] = useState<number>(Math.round(EXPLAINER_DEFAULTS.threshold * 100));
  const threshold = percent / 100;

  // Retrained only when the history changes (four small fits); the slider only re-audits the scores.
  const explainer = useMemo(() => explainBias(settings), [settings]);
  const cohort = explainer.history.cohort;
  const current = explainer.variant({ useProtected, useProxies });
  const outcome = useMemo(
    () => thresholdOutcome(cohort, current.scores, threshold),
    [cohort, current, threshold],
  );
  const fullOutcome = useMemo(
    () => thresholdOutcome(cohort, explainer.variant(FULL).scores, threshold),
    [cohort, explainer, threshold],
  );
  const curve = useMemo(() => impactRatioCurve(cohort, current.scores, CURVE_THRESHOLDS), [cohort, current]);

  const words = SCENARIO_WORDS[settings.scenario];
  const protectedName = t(words.protectedGroup);
  const otherName = t(words.otherGroup);
  const attribute = t(words.attribute);
  const proxies = t(words.proxies);
  const names = { protectedName, otherName };
  const sentence = outcomeSentence(t, language, outcome, names);
  const modelName = (c: ModelChoice) =>
    c.useProtected && c.useProxies
      ? t("learn.model.full")
      : c.useProtected
        ? t("learn.model.noProxies", { proxies })
        : c.useProxies
          ? t("learn.model.noAttribute", { attribute })
          : t("learn.model.neither", { attribute, proxies });
  // biome-ignore lint/correctness/useExhaustiveDependencies: modelName changes only with the words listed
  const compared = useMemo(
    () =>
      [
        FULL,
        { useProtected: false, useProxies: true },
        { useProtected: true, useProxies: false },
        {
          useProtected: false,
          useProxies: false,
        },
      ].map((c) => ({
        key: `${c.useProtected}-${c.useProxies}`,
        name: modelName(c),
        outcome: thresholdOutcome(cohort, explainer.variant(c).scores, threshold),
        current: c.useProtected === useProtected && c.useProxies === useProxies,
      })),
    [cohort, explainer, threshold, useProtected, useProxies, attribute, proxies, t],
  );
  const size = formatCount(language, DEFAULT_HISTORY_SIZE);

  return (
    <div className="explainer">
      <PageTitle title={t("learn.title")}>{t("learn.title")}</PageTitle>
      <p className="lead">{t("learn.intro", { size })}</p>
      <p className="hint">{t("learn.inBrowser")}</p>

      <section className="report-section" aria-labelledby="learn-step1">
        <h2 id="learn-step1">{t("learn.step1.title")}</h2>
        <p>{t("learn.step1.text", { size, attribute })}</p>
        <ExplainerSettings settings={settings} onChange={setSettings} />
        <HistoryStep summary={explainer.summary} protectedName={protectedName} otherName={otherName} />
      </section>

      <section className="report-section" aria-labelledby="learn-step2">
        <h2 id="learn-step2">{t("learn.step2.title")}</h2>
        <p>{t("learn.step2.text", { size })}</p>
        <ScorecardTable
          model={explainer.variant(FULL).model}
          scenario={settings.scenario}
          caption={t("learn.step2.caption")}
          chartCaption={t("learn.step2.chart")}
        />
        <p className="result-line" id="learn-result-step2">
          {t("learn.step2.result", { size, threshold: percent })}{" "}
          {outcomeSentence(t, language, fullOutcome, names)}
        </p>
      </section>

      <section className="report-section" aria-labelledby="learn-step3">
        <h2 id="learn-step3">{t("learn.step3.title", { attribute })}</h2>
        <p>{t("learn.step3.text", { attribute, proxies })}</p>
        <label className="checkbox toggle">
          <input type="checkbox" checked={useProtected} onChange={(e) => setUseProtected(e.target.checked)} />
          {t("learn.step3.toggle", { attribute })}
        </label>
        <p className="result-line" id="learn-result-step3">
          <strong>{modelName({ useProtected, useProxies })}:</strong> {sentence}
        </p>
        <ScorecardTable
          model={current.model}
          scenario={settings.scenario}
          caption={t("learn.step3.caption")}
          chartCaption={t("learn.step3.chart")}
        />
      </section>

      <section className="report-section" aria-labelledby="learn-step4">
        <h2 id="learn-step4">{t("learn.step4.title", { proxies })}</h2>
        <p>{t("learn.step4.text", { proxies })}</p>
        <label className="checkbox toggle">
          <input type="checkbox" checked={useProxies} onChange={(e) => setUseProxies(e.target.checked)} />
          {t("learn.step4.toggle", { proxies })}
        </label>
        <p className="result-line" id="learn-result-step4">
          <strong>{modelName({ useProtected, useProxies })}:</strong> {sentence}
        </p>
        <ModelComparison models={compared} threshold={threshold} />
        <p>{t("learn.step4.lesson")}</p>
      </section>

      <section className="report-section" aria-labelledby="learn-step5">
        <h2 id="learn-step5">{t("learn.step5.title")}</h2>
        <p>{t("learn.step5.text")}</p>
        <Field id="learn-threshold" label={t("learn.threshold.label")} hint={t("learn.threshold.hint")}>
          {(control) => (
            <div className="range-row">
              <input
                {...control}
                type="range"
                min={THRESHOLD_RANGE.min}
                max={THRESHOLD_RANGE.max}
                step={THRESHOLD_RANGE.step}
                value={percent}
                aria-valuetext={`${percent}%`}
                onChange={(e) => setPercent(Number(e.target.value))}
              />
              <output htmlFor={control.id} className="range-value">
                {percent}%
              </output>
            </div>
          )}
        </Field>
        <p className="hint">
          {t("learn.threshold.points", { points: formatNumber(language, scoreToPoints(threshold), 0) })}
        </p>
        <p className="result-line" id="learn-result-step5">
          <strong>{modelName({ useProtected, useProxies })}:</strong> {sentence}
        </p>
        <OutcomeTable outcome={outcome} protectedName={protectedName} otherName={otherName} />
        <div className="chart-grid">
          <ImpactCurveChart
            curve={curve}
            threshold={threshold}
            current={outcome.impactRatio.status === "ok" ? outcome.impactRatio.value : null}
            protectedName={protectedName}
          />
          <MissedChart
            protectedGroup={outcome.protectedGroup}
            otherGroup={outcome.otherGroup}
            protectedName={protectedName}
            otherName={otherName}
          />
        </div>
        <p>{t("learn.step5.lesson")}</p>
      </section>

      <p className="visually-hidden" role="status">
        {t("learn.live", { model: modelName({ useProtected, useProxies }), threshold: percent, sentence })}
      </p>

      <WhatYouCanDo />

      <details className="method">
        <summary>{t("learn.method.title")}</summary>
        <p>{t("learn.method.history", { size })}</p>
        <p>{t("learn.method.model")}</p>
        <p>{t("learn.method.audit")}</p>
      </details>
    </div>
  );
}
