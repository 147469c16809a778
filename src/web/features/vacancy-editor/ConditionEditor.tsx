import { CEFR_LEVELS, type CefrLevel } from "../../../core/screening/vacancy.ts";
import type { UiKey } from "../../i18n/en.ts";
import { useT } from "../../i18n/use-t.ts";
import { CheckedField, CheckedInput, CheckedTextArea } from "./CheckedField.tsx";
import { CONDITION_KINDS, type ConditionDraft, type ConditionKind } from "./vacancy-draft.ts";

const KIND_LABEL: Record<ConditionKind, UiKey> = {
  yes: "condition.kind.yes",
  atLeast: "condition.kind.atLeast",
  scale: "condition.kind.scale",
  oneOf: "condition.kind.oneOf",
  includes: "condition.kind.includes",
  cefr: "condition.kind.cefr",
};

const KIND_HINT: Record<ConditionKind, UiKey> = {
  yes: "condition.kind.yesHint",
  atLeast: "condition.kind.atLeastHint",
  scale: "condition.kind.scaleHint",
  oneOf: "condition.kind.oneOfHint",
  includes: "condition.kind.includesHint",
  cefr: "condition.kind.cefrHint",
};

const isKind = (x: string): x is ConditionKind => (CONDITION_KINDS as readonly string[]).includes(x);
const isLevel = (x: string): x is CefrLevel => (CEFR_LEVELS as readonly string[]).includes(x);

/** What a rule asks of the candidate: the field it reads and, per kind, the value it needs. */
export function ConditionEditor({
  path,
  condition,
  onChange,
}: {
  /** e.g. "criteria[0].condition" */
  readonly path: string;
  readonly condition: ConditionDraft;
  readonly onChange: (condition: ConditionDraft) => void;
}) {
  const { t } = useT();
  const set = (change: Partial<ConditionDraft>) => onChange({ ...condition, ...change });
  return (
    <div className="condition">
      <CheckedField path={path} label={t("condition.kind")} hint={t(KIND_HINT[condition.kind])}>
        {(control) => (
          <select
            {...control}
            value={condition.kind}
            onChange={(e) => {
              if (isKind(e.target.value)) set({ kind: e.target.value });
            }}
          >
            {CONDITION_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(KIND_LABEL[kind])}
              </option>
            ))}
          </select>
        )}
      </CheckedField>
      <CheckedInput
        path={`${path}.field`}
        label={t("condition.field")}
        hint={t("condition.fieldHint")}
        value={condition.field}
        onChange={(field) => set({ field })}
      />
      {condition.kind === "atLeast" && (
        <CheckedInput
          path={`${path}.value`}
          label={t("condition.atLeast")}
          inputMode="decimal"
          className="input-short"
          value={condition.value}
          onChange={(value) => set({ value })}
        />
      )}
      {condition.kind === "scale" && (
        <div className="field-row">
          <CheckedInput
            path={`${path}.from`}
            label={t("condition.from")}
            hint={t("condition.fromHint")}
            inputMode="decimal"
            className="input-short"
            value={condition.from}
            onChange={(from) => set({ from })}
          />
          <CheckedInput
            path={`${path}.to`}
            label={t("condition.to")}
            hint={t("condition.toHint")}
            inputMode="decimal"
            className="input-short"
            value={condition.to}
            onChange={(to) => set({ to })}
          />
        </div>
      )}
      {condition.kind === "oneOf" && (
        <CheckedTextArea
          path={`${path}.values`}
          label={t("condition.values")}
          hint={t("condition.valuesHint")}
          value={condition.values}
          onChange={(values) => set({ values })}
        />
      )}
      {condition.kind === "includes" && (
        <CheckedInput
          path={`${path}.value`}
          label={t("condition.includes")}
          hint={t("condition.includesHint")}
          value={condition.value}
          onChange={(value) => set({ value })}
        />
      )}
      {condition.kind === "cefr" && (
        <CheckedField path={`${path}.level`} label={t("condition.level")} hint={t("condition.levelHint")}>
          {(control) => (
            <select
              {...control}
              className="input-short"
              value={condition.level}
              onChange={(e) => {
                if (isLevel(e.target.value)) set({ level: e.target.value });
              }}
            >
              {CEFR_LEVELS.map((level) => (
                <option key={level} value={level}>
                  {level}
                </option>
              ))}
            </select>
          )}
        </CheckedField>
      )}
    </div>
  );
}
