import type { UiKey } from "../../i18n/en.ts";
import { useT } from "../../i18n/use-t.ts";
import { controlId } from "./editor-notes.ts";
import { SlotNotes } from "./ProblemNotes.tsx";
import { RuleEditor } from "./RuleEditor.tsx";
import { newRule, type RuleDraft, type RuleGroup } from "./vacancy-draft.ts";

const TEXT: Record<RuleGroup, { title: UiKey; intro: UiKey; add: UiKey; empty: UiKey }> = {
  knockouts: {
    title: "rules.knockouts",
    intro: "rules.knockoutsIntro",
    add: "rules.addKnockout",
    empty: "rules.noKnockouts",
  },
  criteria: {
    title: "rules.criteria",
    intro: "rules.criteriaIntro",
    add: "rules.addCriterion",
    empty: "rules.noCriteria",
  },
  niceToHaves: {
    title: "rules.niceToHaves",
    intro: "rules.niceToHavesIntro",
    add: "rules.addNiceToHave",
    empty: "rules.noNiceToHaves",
  },
};

/** The rules of one group, each editable and removable, and a button to add one. */
export function RuleList({
  group,
  rules,
  onChange,
}: {
  readonly group: RuleGroup;
  readonly rules: readonly RuleDraft[];
  readonly onChange: (rules: readonly RuleDraft[]) => void;
}) {
  const { t } = useT();
  const text = TEXT[group];
  const headingId = `rules-${group}-heading`;
  const add = () => {
    onChange([...rules, newRule(group)]);
    // The new rule's first field takes the focus, so keyboard users land where they type.
    const first = controlId(`${group}[${rules.length}].label.nl`);
    requestAnimationFrame(() => document.getElementById(first)?.focus());
  };
  return (
    <section aria-labelledby={headingId} className="rule-group">
      <h2 id={headingId} tabIndex={-1}>
        {t(text.title)}
      </h2>
      <p className="hint">{t(text.intro)}</p>
      <SlotNotes slot={group} />
      {rules.length === 0 && <p className="empty">{t(text.empty)}</p>}
      {rules.map((rule, i) => (
        <RuleEditor
          key={rule.key}
          group={group}
          index={i}
          rule={rule}
          onChange={(changed) => onChange(rules.map((r) => (r.key === rule.key ? changed : r)))}
          onRemove={() => {
            onChange(rules.filter((r) => r.key !== rule.key));
            document.getElementById(headingId)?.focus(); // the removed rule's button had the focus
          }}
        />
      ))}
      <button type="button" className="button" onClick={add}>
        {t(text.add)}
      </button>
    </section>
  );
}
