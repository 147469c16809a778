import { useT } from "../../i18n/use-t.ts";
import { BilingualFields } from "./BilingualFields.tsx";
import { CheckedInput } from "./CheckedField.tsx";
import { ConditionEditor } from "./ConditionEditor.tsx";
import { controlId } from "./editor-notes.ts";
import { SlotNotes } from "./ProblemNotes.tsx";
import type { RuleDraft, RuleGroup } from "./vacancy-draft.ts";

const LEGEND = {
  knockouts: "rules.knockout",
  criteria: "rules.criterion",
  niceToHaves: "rules.niceToHave",
} as const;

/** One knock-out rule, criterion or nice-to-have: its texts, its weight or reason, and its condition. */
export function RuleEditor({
  group,
  index,
  rule,
  onChange,
  onRemove,
}: {
  readonly group: RuleGroup;
  readonly index: number;
  readonly rule: RuleDraft;
  readonly onChange: (rule: RuleDraft) => void;
  readonly onRemove: () => void;
}) {
  const { t } = useT();
  const path = `${group}[${index}]`;
  const name = t(LEGEND[group], { n: index + 1 });
  const set = (change: Partial<RuleDraft>) => onChange({ ...rule, ...change });
  return (
    <fieldset className="rule" id={controlId(path)}>
      <legend>{name}</legend>
      <SlotNotes slot={path} />
      <BilingualFields
        path={`${path}.label`}
        label={t("rules.label")}
        value={rule.label}
        onChange={(label) => set({ label })}
      />
      {group === "knockouts" ? (
        <BilingualFields
          path={`${path}.reason`}
          label={t("rules.reason")}
          hint={t("rules.reasonHint")}
          value={rule.reason}
          onChange={(reason) => set({ reason })}
          multiline
        />
      ) : (
        <CheckedInput
          path={`${path}.weight`}
          label={t("rules.weight")}
          hint={t("rules.weightHint")}
          inputMode="decimal"
          className="input-short"
          value={rule.weight}
          onChange={(weight) => set({ weight })}
        />
      )}
      <ConditionEditor
        path={`${path}.condition`}
        condition={rule.condition}
        onChange={(condition) => set({ condition })}
      />
      <button type="button" className="button button-small button-danger" onClick={onRemove}>
        {t("rules.remove", { name })}
      </button>
    </fieldset>
  );
}
