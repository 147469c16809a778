import { type FormEvent, type ReactNode, useEffect, useRef, useState } from "react";
import type { DiscoveryResponse, UploadSummary } from "../../../server/api-types.ts";
import { isApiRequestError } from "../../api/api-request-error.ts";
import { api } from "../../api/client.ts";
import { ErrorSummary } from "../../components/ErrorSummary.tsx";
import { errorMessage } from "../../components/error-message.ts";
import { SelectField } from "../../components/SelectField.tsx";
import { TextField } from "../../components/TextField.tsx";
import type { UiKey } from "../../i18n/en.ts";
import { useT } from "../../i18n/use-t.ts";
import {
  chosenFeatures,
  DEFAULT_MIN_SIZE,
  type DiscoveryForm,
  defaultWorse,
  discoveryRequest,
  type FormField,
  featureOptions,
  fieldOfServerError,
  formErrors,
  initialForm,
  type Method,
  type OutcomeKind,
  protectedChoices,
  type SourceColumns,
} from "./discovery-form.ts";

/** The control an error summary links to, per field. */
const FIELD_IDS: Record<FormField, string> = {
  outcome: "discovery-outcome",
  label: "discovery-label",
  features: "discovery-feature-0",
  minSize: "discovery-min-size",
  seed: "discovery-seed",
};

const OUTCOME_KINDS: readonly { value: OutcomeKind; label: UiKey; hint: UiKey }[] = [
  { value: "decision", label: "discovery.kind.decision", hint: "discovery.kind.decisionHint" },
  { value: "score", label: "discovery.kind.score", hint: "discovery.kind.scoreHint" },
  { value: "error", label: "discovery.kind.error", hint: "discovery.kind.errorHint" },
];

const METHODS: readonly { value: Method; label: UiKey; hint: UiKey }[] = [
  { value: "subgroups", label: "discovery.method.subgroups", hint: "discovery.method.subgroupsHint" },
  { value: "hbac", label: "discovery.method.hbac", hint: "discovery.method.hbacHint" },
];

/** A group of radio buttons, each with its explanation under it. */
function RadioGroup<T extends string>({
  name,
  legend,
  options,
  value,
  onChange,
  hint,
}: {
  readonly name: string;
  readonly legend: string;
  readonly options: readonly { value: T; label: string; hint: string }[];
  readonly value: T;
  readonly onChange: (value: T) => void;
  readonly hint?: ReactNode;
}) {
  return (
    <fieldset className="subfield">
      <legend>{legend}</legend>
      {hint}
      {options.map((o) => (
        <div className="radio" key={o.value}>
          <input
            type="radio"
            id={`${name}-${o.value}`}
            name={name}
            checked={value === o.value}
            onChange={() => onChange(o.value)}
            aria-describedby={`${name}-${o.value}-hint`}
          />
          <label htmlFor={`${name}-${o.value}`}>{o.label}</label>
          <p className="hint" id={`${name}-${o.value}-hint`}>
            {o.hint}
          </p>
        </div>
      ))}
    </fieldset>
  );
}

/**
 * The settings of a run on one source: the outcome and which side of it is worse, the method, the
 * features to search, protected attributes for validation, and (folded away) the id column, the
 * smallest group and the seed. Running waits for the server's answer, which can take a while.
 */
export function DiscoverySettings({
  source,
  guess,
  monitoringNote,
  onStart,
  onResult,
}: {
  readonly source: SourceColumns;
  readonly guess?: UploadSummary["guess"];
  /** Why there are no protected attributes to choose for a decision log, if so. */
  readonly monitoringNote?: string;
  readonly onStart: () => void;
  readonly onResult: (doc: DiscoveryResponse) => void;
}) {
  const { t } = useT();
  const [form, setForm] = useState<DiscoveryForm>(() => initialForm(source, guess));
  const [worseChosen, setWorseChosen] = useState(false);
  const [showErrors, setShowErrors] = useState(false);
  const [busy, setBusy] = useState(false);
  const [serverError, setServerError] = useState<unknown>(null);
  const summary = useRef<HTMLDivElement>(null);
  const advanced = useRef<HTMLDetailsElement>(null);

  const set = (change: Partial<DiscoveryForm>) => {
    setServerError(null);
    setForm((f) => ({ ...f, ...change }));
  };
  const clientErrors = showErrors ? formErrors(source, form) : {};
  const serverField = isApiRequestError(serverError)
    ? fieldOfServerError(source, form, serverError.field)
    : undefined;
  const serverText = serverError ? errorMessage(serverError, t) : undefined;
  const errorOf = (field: FormField): string | undefined => {
    const key = clientErrors[field];
    if (key) return t(key);
    return serverField === field ? serverText : undefined;
  };
  const problems = Object.entries(clientErrors) as [FormField, UiKey][];
  // A problem in the folded settings unfolds them (and they stay open while it is fixed).
  const advancedProblem = errorOf("minSize") !== undefined || errorOf("seed") !== undefined;
  useEffect(() => {
    if (advancedProblem && advanced.current) advanced.current.open = true;
  }, [advancedProblem]);
  const features = featureOptions(source, form);
  const chosen = new Set(chosenFeatures(source, form));
  const protectedOptions = protectedChoices(source, form);
  const fixed = source.fixed;

  const columnOptions = (empty: UiKey) => [
    { value: "", label: t(empty) },
    ...source.columns.map((c) => ({ value: c, label: c })),
  ];

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setShowErrors(true);
    setServerError(null);
    if (Object.keys(formErrors(source, form)).length > 0) {
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    setBusy(true);
    onStart();
    try {
      onResult(await api.discover(discoveryRequest(source, form)));
    } catch (error) {
      setServerError(error);
      requestAnimationFrame(() => summary.current?.focus());
    } finally {
      setBusy(false);
    }
  };

  const toggle = (list: readonly string[], column: string, on: boolean) =>
    on ? [...list.filter((c) => c !== column), column] : list.filter((c) => c !== column);

  return (
    <form onSubmit={submit} noValidate className="form" aria-labelledby="discovery-settings-heading">
      <h2 id="discovery-settings-heading">{t("discovery.settings.title")}</h2>
      <ErrorSummary
        summaryRef={summary}
        title={t("discovery.settings.problems")}
        items={[
          ...problems.map(([field, key]) => ({ key: field, text: t(key), target: FIELD_IDS[field] })),
          ...(serverError !== null
            ? [{ key: "server", text: serverText ?? "", target: serverField ? FIELD_IDS[serverField] : null }]
            : []),
        ]}
      />

      <fieldset>
        <legend>{t("discovery.settings.outcome")}</legend>
        {fixed ? (
          <p>{t("discovery.settings.logOutcome")}</p>
        ) : (
          <>
            <RadioGroup
              name="discovery-kind"
              legend={t("discovery.settings.kind")}
              value={form.outcomeKind}
              options={OUTCOME_KINDS.map((o) => ({ value: o.value, label: t(o.label), hint: t(o.hint) }))}
              onChange={(outcomeKind) =>
                set({ outcomeKind, ...(worseChosen ? {} : { worse: defaultWorse(outcomeKind) }) })
              }
            />
            <SelectField
              id="discovery-outcome"
              label={
                form.outcomeKind === "error"
                  ? t("discovery.settings.prediction")
                  : form.outcomeKind === "score"
                    ? t("discovery.settings.scoreColumn")
                    : t("discovery.settings.decisionColumn")
              }
              value={form.outcome}
              options={columnOptions("discovery.settings.choose")}
              onChange={(outcome) => set({ outcome })}
              error={errorOf("outcome")}
              announce={false}
              required
            />
            {form.outcomeKind === "error" && (
              <SelectField
                id="discovery-label"
                label={t("discovery.settings.label")}
                hint={t("discovery.settings.labelHint")}
                value={form.label}
                options={columnOptions("discovery.settings.choose")}
                onChange={(label) => set({ label })}
                error={errorOf("label")}
                announce={false}
                required
              />
            )}
            <RadioGroup
              name="discovery-worse"
              legend={t("discovery.settings.worse")}
              hint={<p className="hint">{t("discovery.settings.worseHint")}</p>}
              value={form.worse}
              options={[
                {
                  value: "low",
                  label: t("discovery.worse.low"),
                  hint:
                    form.outcomeKind === "error"
                      ? t("discovery.worse.lowErrorHint")
                      : t("discovery.worse.lowHint"),
                },
                {
                  value: "high",
                  label: t("discovery.worse.high"),
                  hint:
                    form.outcomeKind === "error"
                      ? t("discovery.worse.highErrorHint")
                      : t("discovery.worse.highHint"),
                },
              ]}
              onChange={(worse) => {
                setWorseChosen(true);
                set({ worse });
              }}
            />
          </>
        )}
      </fieldset>

      <fieldset>
        <legend>{t("discovery.settings.search")}</legend>
        <RadioGroup
          name="discovery-method"
          legend={t("discovery.settings.method")}
          value={form.method}
          options={METHODS.map((o) => ({ value: o.value, label: t(o.label), hint: t(o.hint) }))}
          onChange={(method) => set({ method })}
        />
        <fieldset className="subfield" aria-describedby="discovery-features-hint">
          <legend>{t("discovery.settings.features")}</legend>
          <p className="hint" id="discovery-features-hint">
            {t("discovery.settings.featuresHint", { chosen: chosen.size, total: features.length })}
          </p>
          <p className="toolbar">
            <button type="button" className="button button-small" onClick={() => set({ excluded: [] })}>
              {t("discovery.settings.all")}
            </button>{" "}
            <button type="button" className="button button-small" onClick={() => set({ excluded: features })}>
              {t("discovery.settings.none")}
            </button>
          </p>
          <div className="checkbox-grid">
            {features.map((column, i) => (
              <div className="checkbox" key={column}>
                <input
                  type="checkbox"
                  id={`discovery-feature-${i}`}
                  checked={chosen.has(column)}
                  onChange={(e) => set({ excluded: toggle(form.excluded, column, !e.target.checked) })}
                  aria-invalid={errorOf("features") ? true : undefined}
                />
                <label htmlFor={`discovery-feature-${i}`}>
                  <span className="code">{column}</span>
                </label>
              </div>
            ))}
          </div>
          {errorOf("features") && <p className="field-error">{errorOf("features")}</p>}
        </fieldset>
        <fieldset className="subfield" aria-describedby="discovery-protected-hint">
          <legend>{t("discovery.settings.protected")}</legend>
          <p className="hint" id="discovery-protected-hint">
            {t("discovery.settings.protectedHint")}
          </p>
          {protectedOptions.length === 0 ? (
            <p>{monitoringNote ?? t("discovery.settings.noProtected")}</p>
          ) : (
            <div className="checkbox-grid">
              {protectedOptions.map((column, i) => (
                <div className="checkbox" key={column}>
                  <input
                    type="checkbox"
                    id={`discovery-protected-${i}`}
                    checked={form.protected.includes(column)}
                    onChange={(e) => set({ protected: toggle(form.protected, column, e.target.checked) })}
                  />
                  <label htmlFor={`discovery-protected-${i}`}>
                    <span className="code">{column}</span>
                  </label>
                </div>
              ))}
            </div>
          )}
        </fieldset>
      </fieldset>

      <details className="subfield" ref={advanced}>
        <summary>{t("discovery.settings.advanced")}</summary>
        {!fixed && (
          <SelectField
            id="discovery-id"
            label={t("discovery.settings.id")}
            hint={t("discovery.settings.idHint")}
            value={form.id}
            options={columnOptions("discovery.settings.noId")}
            onChange={(id) => set({ id })}
          />
        )}
        <TextField
          id="discovery-min-size"
          label={t("discovery.settings.minSize")}
          hint={t("discovery.settings.minSizeHint", { default: DEFAULT_MIN_SIZE[form.method] })}
          inputMode="decimal"
          value={form.minSize}
          onChange={(minSize) => set({ minSize })}
          error={errorOf("minSize")}
          announce={false}
          className="input-short"
        />
        <TextField
          id="discovery-seed"
          label={t("discovery.settings.seed")}
          hint={t("discovery.settings.seedHint")}
          inputMode="numeric"
          value={form.seed}
          onChange={(seed) => set({ seed })}
          error={errorOf("seed")}
          announce={false}
          className="input-short"
        />
      </details>

      <button type="submit" className="button button-primary" disabled={busy}>
        {busy ? t("discovery.settings.running") : t("discovery.settings.run")}
      </button>
      <div role="status">
        {busy && (
          <div className="upload-progress">
            <label htmlFor="discovery-progress">{t("discovery.settings.runningHint")}</label>
            <progress id="discovery-progress" />
          </div>
        )}
      </div>
    </form>
  );
}
