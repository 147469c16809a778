import { useState } from "react";
import type { Evidence, Question } from "../../../core/assessment/assessment-model.ts";
import { SelectField } from "../../components/SelectField.tsx";
import { TextField } from "../../components/TextField.tsx";
import type { UiKey } from "../../i18n/en.ts";
import { useT } from "../../i18n/use-t.ts";
import { EvidenceList } from "./EvidenceList.tsx";
import {
  type EvidenceSources,
  MAX_EVIDENCE,
  type PickerKind,
  pickersFor,
  withEvidence,
} from "./evidence-options.ts";

const PICKER_TEXT: Record<PickerKind, { label: UiKey; add: UiKey; none: UiKey }> = {
  audit: {
    label: "assessment.evidence.audit",
    add: "assessment.evidence.addAudit",
    none: "assessment.evidence.noAudits",
  },
  "vacancy-check": {
    label: "assessment.evidence.vacancyCheck",
    add: "assessment.evidence.addVacancyCheck",
    none: "assessment.evidence.noVacancies",
  },
  "decision-log": {
    label: "assessment.evidence.decisionLog",
    add: "assessment.evidence.addDecisionLog",
    none: "assessment.evidence.noVacancies",
  },
};

/** The evidence of one answer: what is linked (each removable), and ways to link more. */
export function EvidenceEditor({
  question,
  evidence,
  sources,
  onChange,
}: {
  readonly question: Question;
  readonly evidence: readonly Evidence[];
  readonly sources: EvidenceSources;
  readonly onChange: (evidence: Evidence[]) => void;
}) {
  const { t } = useT();
  const full = evidence.length >= MAX_EVIDENCE;
  return (
    <fieldset className="subfield evidence">
      <legend>{t("assessment.evidence.title")}</legend>
      <EvidenceList
        evidence={evidence}
        onRemove={(e) => onChange(evidence.filter((x) => !(x.kind === e.kind && x.ref === e.ref)))}
      />
      {full ? (
        <p className="hint">{t("assessment.evidence.full", { max: MAX_EVIDENCE })}</p>
      ) : (
        <>
          {pickersFor(question).map((kind) => (
            <Picker
              key={kind}
              kind={kind}
              questionId={question.id}
              sources={sources}
              onAdd={(e) => onChange(withEvidence(evidence, e))}
            />
          ))}
          <DocumentInput questionId={question.id} onAdd={(e) => onChange(withEvidence(evidence, e))} />
        </>
      )}
    </fieldset>
  );
}

function Picker({
  kind,
  questionId,
  sources,
  onAdd,
}: {
  readonly kind: PickerKind;
  readonly questionId: string;
  readonly sources: EvidenceSources;
  readonly onAdd: (evidence: Evidence) => void;
}) {
  const { t } = useT();
  const [choice, setChoice] = useState("");
  const [error, setError] = useState<string | undefined>();
  const items = kind === "audit" ? sources.audits : sources.vacancies;
  const text = PICKER_TEXT[kind];
  if (items === null) return null;
  if (items.length === 0) return <p className="hint">{t(text.none)}</p>;
  const add = () => {
    const item = items.find((i) => i.id === choice);
    if (!item) {
      setError(t("assessment.evidence.chooseFirst"));
      return;
    }
    onAdd({ kind, ref: item.id, label: item.title.slice(0, 300) });
    setChoice("");
    setError(undefined);
  };
  return (
    <div className="evidence-row">
      <SelectField
        id={`evidence-${kind}-${questionId}`}
        label={t(text.label)}
        value={choice}
        options={[
          { value: "", label: t("form.choose") },
          ...items.map((i) => ({ value: i.id, label: i.title })),
        ]}
        onChange={(v) => {
          setChoice(v);
          setError(undefined);
        }}
        error={error}
      />
      <button type="button" className="button button-small" onClick={add}>
        {t(text.add)}
      </button>
    </div>
  );
}

function DocumentInput({
  questionId,
  onAdd,
}: {
  readonly questionId: string;
  readonly onAdd: (evidence: Evidence) => void;
}) {
  const { t } = useT();
  const [name, setName] = useState("");
  const [error, setError] = useState<string | undefined>();
  const add = () => {
    const value = name.trim();
    if (value === "") {
      setError(t("assessment.evidence.documentRequired"));
      return;
    }
    onAdd({ kind: "document", ref: value.slice(0, 500), label: value.slice(0, 300) });
    setName("");
    setError(undefined);
  };
  return (
    <div className="evidence-row">
      <TextField
        id={`evidence-document-${questionId}`}
        label={t("assessment.evidence.document")}
        hint={t("assessment.evidence.documentHint")}
        value={name}
        onChange={(v) => {
          setName(v);
          setError(undefined);
        }}
        onKeyDown={(e) => {
          // Enter adds the document (there is no form around the questionnaire to submit).
          if (e.key === "Enter") {
            e.preventDefault();
            add();
          }
        }}
        error={error}
        maxLength={300}
      />
      <button type="button" className="button button-small" onClick={add}>
        {t("assessment.evidence.addDocument")}
      </button>
    </div>
  );
}
