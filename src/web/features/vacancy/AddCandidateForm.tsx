import { type FormEvent, useState } from "react";
import { formValueProblems } from "../../../core/screening/application-form.ts";
import type { VacancyDetail } from "../../../server/api-types.ts";
import { isApiRequestError } from "../../api/api-request-error.ts";
import { api } from "../../api/client.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { errorMessage } from "../../components/error-message.ts";
import { TextField } from "../../components/TextField.tsx";
import { useT } from "../../i18n/use-t.ts";
import { CandidateFields } from "../candidate-form/CandidateFields.tsx";
import {
  type Answer,
  answerValues,
  formPartOfServerField,
  problemsByField,
} from "../candidate-form/candidate-answer.ts";

/** A candidate entered by HR (e.g. from a letter or a phone call), with the same questions as the form. */
export function AddCandidateForm({
  vacancy,
  onAdded,
}: {
  readonly vacancy: VacancyDetail;
  readonly onAdded: () => void;
}) {
  const { t, language } = useT();
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [answers, setAnswers] = useState<Readonly<Record<string, Answer>>>({});
  const [checked, setChecked] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState("");
  const values = answerValues(vacancy.formFields, answers);
  const problems = problemsByField(formValueProblems(vacancy.formFields, values));
  const nameMissing = name.trim() === "";
  const serverPart = isApiRequestError(error)
    ? formPartOfServerField(error.field, vacancy.formFields)
    : undefined;
  const serverText = error ? errorMessage(error, t) : undefined;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setChecked(true);
    setError(null);
    setStatus("");
    if (nameMissing || problems.size > 0) return;
    setBusy(true);
    try {
      const created = await api.addApplication(vacancy.id, {
        name: name.trim(),
        ...(email.trim() !== "" ? { email: email.trim() } : {}),
        fields: values,
      });
      setStatus(t("candidates.added", { name: name.trim(), reference: created.reference }));
      setName("");
      setEmail("");
      setAnswers({});
      setChecked(false);
      onAdded();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="add-candidate-heading" className="card">
      <h3 id="add-candidate-heading">{t("candidates.add")}</h3>
      <form onSubmit={submit} noValidate className="form">
        <TextField
          id="add-name"
          label={`${t("candidates.name")} ${t("form.required")}`}
          value={name}
          onChange={setName}
          required
          error={
            checked && nameMissing
              ? t("form.error.required")
              : serverPart?.kind === "own" && serverPart.name === "name"
                ? serverText
                : undefined
          }
        />
        <TextField
          id="add-email"
          label={t("candidates.email")}
          type="email"
          value={email}
          onChange={setEmail}
          error={serverPart?.kind === "own" && serverPart.name === "email" ? serverText : undefined}
        />
        <CandidateFields
          idPrefix="add"
          fields={vacancy.formFields}
          answers={answers}
          onChange={(field, answer) => setAnswers((a) => ({ ...a, [field]: answer }))}
          errorOf={(field) =>
            (checked ? problems.get(field.toLowerCase())?.message[language] : undefined) ??
            (serverPart?.kind === "field" && serverPart.field === field ? serverText : undefined)
          }
        />
        {!serverPart && <ErrorAlert error={error} />}
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t("common.busy") : t("candidates.addSubmit")}
        </button>
        <p className="hint" role="status">
          {status}
        </p>
      </form>
    </section>
  );
}
