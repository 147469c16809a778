import { PREFERENCE_GROUPS, type PreferenceGroup } from "../../../server/api-types.ts";
import { useT } from "../../i18n/use-t.ts";
import { BilingualFields } from "./BilingualFields.tsx";
import { CheckedField, CheckedTextArea } from "./CheckedField.tsx";
import { controlId } from "./editor-notes.ts";
import { SlotNotes } from "./ProblemNotes.tsx";
import { MIN_JUSTIFICATION_LENGTH, type PolicyDraft } from "./vacancy-draft.ts";

const isGroup = (x: string): x is PreferenceGroup => (PREFERENCE_GROUPS as readonly string[]).includes(x);

/**
 * Preferential policy (voorkeursbeleid): off by default; when on, it only breaks ties between equally
 * suitable candidates, and needs a documented justification and a statement published with the vacancy.
 */
export function PolicyFieldset({
  policy,
  onChange,
}: {
  readonly policy: PolicyDraft;
  readonly onChange: (policy: PolicyDraft) => void;
}) {
  const { t } = useT();
  const set = (change: Partial<PolicyDraft>) => onChange({ ...policy, ...change });
  return (
    <fieldset id={controlId("preferentialPolicy")}>
      <legend>{t("policy.title")}</legend>
      <p className="hint" id="policy-explanation">
        {t("policy.explanation")}
      </p>
      <SlotNotes slot="preferentialPolicy" />
      <div className="checkbox">
        <input
          type="checkbox"
          id="policy-enabled"
          checked={policy.enabled}
          onChange={(e) => set({ enabled: e.target.checked })}
          aria-describedby="policy-explanation"
        />
        <label htmlFor="policy-enabled">{t("policy.enabled")}</label>
      </div>
      {policy.enabled && (
        <>
          <CheckedField path="preferentialPolicy.group" label={t("policy.group")}>
            {(control) => (
              <select
                {...control}
                value={policy.group}
                onChange={(e) => {
                  if (isGroup(e.target.value)) set({ group: e.target.value });
                }}
              >
                {PREFERENCE_GROUPS.map((g) => (
                  <option key={g} value={g}>
                    {t(`preference.${g}`)}
                  </option>
                ))}
              </select>
            )}
          </CheckedField>
          <CheckedTextArea
            path="preferentialPolicy.justification"
            label={t("policy.justification")}
            hint={t("policy.justificationHint", { min: MIN_JUSTIFICATION_LENGTH })}
            value={policy.justification}
            onChange={(justification) => set({ justification })}
            rows={4}
          />
          <BilingualFields
            path="preferentialPolicy.statement"
            label={t("policy.statement")}
            hint={t("policy.statementHint")}
            value={policy.statement}
            onChange={(statement) => set({ statement })}
            multiline
          />
        </>
      )}
    </fieldset>
  );
}
