import { type FormEvent, useRef, useState } from "react";
import type { UploadSummary } from "../../../server/api-types.ts";
import { isApiRequestError } from "../../api/api-request-error.ts";
import { api } from "../../api/client.ts";
import { navigate } from "../../app/router.ts";
import { paths } from "../../app/routes.ts";
import { ErrorSummary } from "../../components/ErrorSummary.tsx";
import { errorMessage } from "../../components/error-message.ts";
import { SelectField } from "../../components/SelectField.tsx";
import { TextField } from "../../components/TextField.tsx";
import type { UiKey } from "../../i18n/en.ts";
import { useT } from "../../i18n/use-t.ts";
import {
  auditRequest,
  type FormField,
  fieldOfServerError,
  type Intersections,
  initialForm,
  type MappingForm,
  MIN_GROUP_FLOOR,
  mappingErrors,
  OPTIONAL_ROLES,
  type OptionalRole,
} from "./mapping-form.ts";
import { ReferenceField } from "./ReferenceField.tsx";
import { StageOrderField } from "./StageOrderField.tsx";
import { formatBytes } from "./upload-format.ts";

const ROLE_LABEL: Record<OptionalRole, { label: UiKey; hint: UiKey }> = {
  score: { label: "mapping.score", hint: "mapping.scoreHint" },
  label: { label: "mapping.label", hint: "mapping.labelHint" },
  stage: { label: "mapping.stage", hint: "mapping.stageHint" },
  requisition: { label: "mapping.requisition", hint: "mapping.requisitionHint" },
  date: { label: "mapping.date", hint: "mapping.dateHint" },
};

const INTERSECTIONS: readonly { value: Intersections; label: UiKey }[] = [
  { value: "none", label: "mapping.intersections.none" },
  { value: "pairs", label: "mapping.intersections.pairs" },
  { value: "all", label: "mapping.intersections.all" },
];

/** The id of the control an error summary links to, per field. */
const FIELD_IDS: Record<FormField, string> = {
  title: "map-title",
  outcome: "map-outcome",
  protected: "map-protected-0",
  score: "map-score",
  label: "map-label",
  stage: "map-stage",
  requisition: "map-requisition",
  date: "map-date",
  reference: "map-reference-0",
  minGroup: "map-min-group",
  stageOrder: "map-stage-order-inferred",
};

const LOCALES = { en: "en-GB", nl: "nl-NL" } as const;

/**
 * Step 2: which column is what (prefilled from the server's guess, confirmed by the user), which
 * groups to compare and how, then run the audit. Problems are listed above the form, each linked to
 * its field; the server's data errors (e.g. an unreadable outcome value on line 12) are shown the same way.
 */
export function MappingStep({
  upload,
  onBack,
}: {
  readonly upload: UploadSummary;
  readonly onBack: () => void;
}) {
  const { t, language } = useT();
  const [form, setForm] = useState<MappingForm>(() => initialForm(upload));
  const [showErrors, setShowErrors] = useState(false);
  const [busy, setBusy] = useState(false);
  const [serverError, setServerError] = useState<unknown>(null);
  const summary = useRef<HTMLDivElement>(null);

  const set = (change: Partial<MappingForm>) => {
    setServerError(null); // the server's objection was about the form as it was
    setForm((f) => ({ ...f, ...change }));
  };
  const clientErrors = showErrors ? mappingErrors(form) : {};
  const serverField = isApiRequestError(serverError) ? fieldOfServerError(serverError.field) : undefined;
  const serverText = serverError ? errorMessage(serverError, t) : undefined;
  const errorOf = (field: FormField): string | undefined => {
    const key = clientErrors[field];
    if (key) return t(key, { min: MIN_GROUP_FLOOR });
    return serverField === field ? serverText : undefined;
  };
  const problems = Object.entries(clientErrors) as [FormField, UiKey][];

  const columnOptions = (empty: UiKey) => [
    { value: "", label: t(empty) },
    ...upload.columns.map((c) => ({ value: c, label: c })),
  ];

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setShowErrors(true);
    setServerError(null);
    if (Object.keys(mappingErrors(form)).length > 0) {
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    setBusy(true);
    try {
      const detail = await api.createAudit(auditRequest(upload.id, form));
      navigate(paths.report(detail.id));
    } catch (error) {
      setServerError(error);
      setBusy(false);
      requestAnimationFrame(() => summary.current?.focus());
    }
  };

  const toggleProtected = (column: string, on: boolean) => {
    const next = on ? [...form.protected, column] : form.protected.filter((c) => c !== column);
    const reference = Object.fromEntries(Object.entries(form.reference).filter(([a]) => next.includes(a)));
    set({ protected: next, reference });
  };

  return (
    <section aria-labelledby="mapping-heading">
      <h2 id="mapping-heading" tabIndex={-1}>
        {t("mapping.title")}
      </h2>
      <p>
        {t("mapping.file", {
          name: upload.filename,
          size: formatBytes(upload.bytes, LOCALES[language]),
          columns: upload.columns.length,
        })}{" "}
        <button type="button" className="button button-small" onClick={onBack}>
          {t("mapping.otherFile")}
        </button>
      </p>
      <p>{t("mapping.intro")}</p>

      <ErrorSummary
        summaryRef={summary}
        title={t("mapping.problems")}
        items={[
          ...problems.map(([field, key]) => ({
            key: field,
            text: t(key, { min: MIN_GROUP_FLOOR }),
            target: FIELD_IDS[field],
          })),
          ...(serverError !== null
            ? [{ key: "server", text: serverText ?? "", target: serverField ? FIELD_IDS[serverField] : null }]
            : []),
        ]}
      />

      <form onSubmit={submit} noValidate className="form mapping-form">
        <fieldset>
          <legend>{t("mapping.columns")}</legend>
          <TextField
            id="map-title"
            label={t("mapping.auditTitle")}
            value={form.title}
            onChange={(title) => set({ title })}
            error={errorOf("title")}
            announce={false}
          />
          <SelectField
            id="map-outcome"
            label={t("mapping.outcome")}
            hint={t("mapping.outcomeHint")}
            value={form.outcome}
            options={columnOptions("mapping.choose")}
            onChange={(outcome) => set({ outcome })}
            error={errorOf("outcome")}
            announce={false}
            required
          />
          <fieldset className="subfield" aria-describedby="map-protected-hint">
            <legend>{t("mapping.protected")}</legend>
            <p className="hint" id="map-protected-hint">
              {t("mapping.protectedHint")}
            </p>
            <div className="checkbox-grid">
              {upload.columns.map((column, i) => (
                <div className="checkbox" key={column}>
                  <input
                    type="checkbox"
                    id={`map-protected-${i}`}
                    checked={form.protected.includes(column)}
                    onChange={(e) => toggleProtected(column, e.target.checked)}
                    aria-invalid={errorOf("protected") ? true : undefined}
                  />
                  <label htmlFor={`map-protected-${i}`}>{column}</label>
                </div>
              ))}
            </div>
            {errorOf("protected") && <p className="field-error">{errorOf("protected")}</p>}
          </fieldset>
          {OPTIONAL_ROLES.map((role) => (
            <SelectField
              key={role}
              id={`map-${role}`}
              label={t(ROLE_LABEL[role].label)}
              hint={t(ROLE_LABEL[role].hint)}
              value={form[role]}
              options={columnOptions("mapping.none")}
              onChange={(column) =>
                set(
                  role === "stage"
                    ? { stage: column, stageOrderMode: "inferred", stageOrder: [] }
                    : { [role]: column },
                )
              }
              error={errorOf(role)}
              announce={false}
            />
          ))}
          {form.stage !== "" && (
            <StageOrderField
              uploadId={upload.id}
              column={form.stage}
              mode={form.stageOrderMode}
              order={form.stageOrder}
              onChange={(stageOrderMode, stageOrder) => set({ stageOrderMode, stageOrder })}
              error={errorOf("stageOrder")}
            />
          )}
        </fieldset>

        <fieldset>
          <legend>{t("mapping.comparison")}</legend>
          <fieldset className="subfield" aria-describedby="map-intersections-hint">
            <legend>{t("mapping.intersections")}</legend>
            <p className="hint" id="map-intersections-hint">
              {form.protected.length < 2 ? t("mapping.intersectionsNeedTwo") : t("mapping.intersectionsHint")}
            </p>
            {INTERSECTIONS.map((option) => (
              <div className="radio" key={option.value}>
                <input
                  type="radio"
                  id={`map-intersections-${option.value}`}
                  name="intersections"
                  checked={form.intersections === option.value}
                  disabled={form.protected.length < 2 && option.value !== "none"}
                  onChange={() => set({ intersections: option.value })}
                />
                <label htmlFor={`map-intersections-${option.value}`}>{t(option.label)}</label>
              </div>
            ))}
          </fieldset>
          {form.protected.length > 0 && (
            <fieldset className="subfield" aria-describedby="map-reference-hint">
              <legend>{t("mapping.reference")}</legend>
              <p className="hint" id="map-reference-hint">
                {t("mapping.referenceHint")}
              </p>
              {form.protected.map((attribute, i) => (
                <ReferenceField
                  key={attribute}
                  id={`map-reference-${i}`}
                  uploadId={upload.id}
                  attribute={attribute}
                  value={form.reference[attribute] ?? ""}
                  onChange={(value) => set({ reference: { ...form.reference, [attribute]: value } })}
                  error={i === 0 ? errorOf("reference") : undefined}
                />
              ))}
            </fieldset>
          )}
          <TextField
            id="map-min-group"
            label={t("mapping.minGroup")}
            hint={t("mapping.minGroupHint", { min: MIN_GROUP_FLOOR })}
            type="number"
            inputMode="numeric"
            min={MIN_GROUP_FLOOR}
            step={1}
            value={form.minGroup}
            onChange={(minGroup) => set({ minGroup })}
            error={errorOf("minGroup")}
            announce={false}
            className="input-short"
          />
          <div className="checkbox">
            <input
              type="checkbox"
              id="map-exclude"
              checked={form.excludeBelow}
              onChange={(e) => set({ excludeBelow: e.target.checked })}
              aria-describedby="map-exclude-hint"
            />
            <label htmlFor="map-exclude">{t("mapping.exclude")}</label>
          </div>
          <p className="hint" id="map-exclude-hint">
            {t("mapping.excludeHint")}
          </p>
        </fieldset>

        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t("mapping.running") : t("mapping.run")}
        </button>
        <p className="hint" role="status">
          {busy ? t("mapping.runningHint") : ""}
        </p>
      </form>
    </section>
  );
}
