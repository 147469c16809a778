import type { Bilingual } from "../../../core/screening/vacancy.ts";
import { useT } from "../../i18n/use-t.ts";
import { CheckedInput, CheckedTextArea } from "./CheckedField.tsx";
import { controlId } from "./editor-notes.ts";

/** One text in Dutch and in English, side by side (every published text exists in both). */
export function BilingualFields({
  path,
  label,
  hint,
  value,
  onChange,
  multiline = false,
}: {
  readonly path: string;
  readonly label: string;
  readonly hint?: string;
  readonly value: Bilingual;
  readonly onChange: (value: Bilingual) => void;
  readonly multiline?: boolean;
}) {
  const { t } = useT();
  const Control = multiline ? CheckedTextArea : CheckedInput;
  const hintId = hint ? `${controlId(path)}-hint` : undefined;
  return (
    <div className="bilingual-group">
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
      <div className="bilingual">
        <Control
          path={`${path}.nl`}
          label={t("editor.inDutch", { label })}
          describedBy={hintId}
          value={value.nl}
          onChange={(nl) => onChange({ ...value, nl })}
        />
        <Control
          path={`${path}.en`}
          label={t("editor.inEnglish", { label })}
          describedBy={hintId}
          value={value.en}
          onChange={(en) => onChange({ ...value, en })}
        />
      </div>
    </div>
  );
}
