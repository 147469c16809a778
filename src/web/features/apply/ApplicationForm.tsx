import { type FormEvent, useRef, useState } from "react";
import { formValueProblems } from "../../../core/screening/application-form.ts";
import type { PublicApplicationResponse, PublicVacancy } from "../../../server/api-types.ts";
import { isApiRequestError } from "../../api/api-request-error.ts";
import { api } from "../../api/client.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { ErrorSummary } from "../../components/ErrorSummary.tsx";
import { errorMessage } from "../../components/error-message.ts";
import { TextField } from "../../components/TextField.tsx";
import { useT } from "../../i18n/use-t.ts";
import { RequiredMark } from "../candidate-form/CandidateFieldControl.tsx";
import { CandidateFields, candidateFieldId } from "../candidate-form/CandidateFields.tsx";
import {
  type Answer,
  answerValues,
  formPartOfServerField,
  problemsByField,
} from "../candidate-form/candidate-answer.ts";

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

type Own = "name" | "email" | "privacyAccepted";

/** The application form of an open vacancy; checked in the browser first, then by the server. */
export function ApplicationForm({
  token,
  vacancy,
  onSubmitted,
}: {
  readonly token: string;
  readonly vacancy: PublicVacancy;
  readonly onSubmitted: (response: PublicApplicationResponse) => void;
}) {
  const { t, language } = useT();
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [answers, setAnswers] = useState<Readonly<Record<string, Answer>>>({});
  const [preferenceClaim, setPreferenceClaim] = useState(false);
  const [privacyAccepted, setPrivacyAccepted] = useState(false);
  const [checked, setChecked] = useState(false);
  const [busy, setBusy] = useState(false);
  const [serverError, setServerError] = useState<unknown>(null);
  const summary = useRef<HTMLDivElement>(null);

  const values = answerValues(vacancy.formFields, answers);
  const ownErrors: Partial<Record<Own, string>> = {};
  if (name.trim() === "") ownErrors.name = t("form.error.required");
  if (email.trim() !== "" && !EMAIL.test(email.trim())) ownErrors.email = t("form.error.email");
  if (!privacyAccepted) ownErrors.privacyAccepted = t("apply.privacyRequired");
  const fieldProblems = problemsByField(formValueProblems(vacancy.formFields, values));

  const serverPart = isApiRequestError(serverError)
    ? formPartOfServerField(serverError.field, vacancy.formFields)
    : undefined;
  const serverText = serverError ? errorMessage(serverError, t) : undefined;
  const ownError = (f: Own) =>
    (checked ? ownErrors[f] : undefined) ??
    (serverPart?.kind === "own" && serverPart.name === f ? serverText : undefined);
  const fieldError = (field: string) =>
    (checked ? fieldProblems.get(field.toLowerCase())?.message[language] : undefined) ??
    (serverPart?.kind === "field" && serverPart.field === field ? serverText : undefined);

  const summaryItems: { id: string; text: string }[] = checked
    ? [
        ...(ownErrors.name ? [{ id: "apply-name", text: `${t("apply.name")}: ${ownErrors.name}` }] : []),
        ...(ownErrors.email ? [{ id: "apply-email", text: `${t("apply.email")}: ${ownErrors.email}` }] : []),
        ...vacancy.formFields.flatMap((f, i) => {
          const p = fieldProblems.get(f.field.toLowerCase());
          return p ? [{ id: candidateFieldId("apply", i), text: p.message[language] }] : [];
        }),
        ...(ownErrors.privacyAccepted ? [{ id: "apply-privacy", text: ownErrors.privacyAccepted }] : []),
      ]
    : [];

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setChecked(true);
    setServerError(null);
    if (Object.keys(ownErrors).length > 0 || fieldProblems.size > 0) {
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    setBusy(true);
    try {
      const response = await api.apply(token, {
        name: name.trim(),
        ...(email.trim() !== "" ? { email: email.trim() } : {}),
        fields: values,
        ...(vacancy.preference ? { preferenceClaim } : {}),
        privacyAccepted,
      });
      onSubmitted(response);
    } catch (error) {
      setServerError(error);
      setBusy(false);
      requestAnimationFrame(() => summary.current?.focus());
    }
  };

  return (
    <section aria-labelledby="apply-form-heading">
      <h2 id="apply-form-heading">{t("apply.formTitle")}</h2>
      <p className="hint">{t("apply.formIntro")}</p>
      <ErrorSummary
        summaryRef={summary}
        title={t("apply.problems")}
        lead={serverError !== null && !serverPart ? <ErrorAlert error={serverError} /> : undefined}
        items={summaryItems.map((item) => ({ key: item.id, text: item.text, target: item.id }))}
      />
      <form onSubmit={submit} noValidate className="form application-form">
        <fieldset>
          <legend>{t("apply.aboutYou")}</legend>
          <TextField
            id="apply-name"
            label={`${t("apply.name")} ${t("form.required")}`}
            value={name}
            onChange={setName}
            autoComplete="name"
            required
            error={ownError("name")}
            announce={false}
          />
          <TextField
            id="apply-email"
            label={t("apply.email")}
            hint={t("apply.emailHint")}
            type="email"
            value={email}
            onChange={setEmail}
            autoComplete="email"
            error={ownError("email")}
            announce={false}
          />
        </fieldset>
        <fieldset>
          <legend>{t("apply.questions")}</legend>
          <CandidateFields
            idPrefix="apply"
            fields={vacancy.formFields}
            answers={answers}
            onChange={(field, answer) => setAnswers((a) => ({ ...a, [field]: answer }))}
            errorOf={fieldError}
          />
        </fieldset>
        {vacancy.preference && (
          <div className="checkbox-block">
            <div className="checkbox">
              <input
                type="checkbox"
                id="apply-preference"
                checked={preferenceClaim}
                onChange={(e) => setPreferenceClaim(e.target.checked)}
                aria-describedby="apply-preference-hint"
              />
              <label htmlFor="apply-preference">
                {t("apply.preferenceClaim", { group: t(`preference.${vacancy.preference.group}`) })}
              </label>
            </div>
            <p className="hint" id="apply-preference-hint">
              {t("apply.preferenceClaimHint")}
            </p>
          </div>
        )}
        <div className="checkbox-block">
          <div className="checkbox">
            <input
              type="checkbox"
              id="apply-privacy"
              checked={privacyAccepted}
              onChange={(e) => setPrivacyAccepted(e.target.checked)}
              required
              aria-invalid={ownError("privacyAccepted") ? true : undefined}
              aria-describedby={
                ownError("privacyAccepted") ? "apply-privacy-hint apply-privacy-error" : "apply-privacy-hint"
              }
            />
            <label htmlFor="apply-privacy">
              {t("apply.privacy", { organisation: vacancy.organisationName })}
              <RequiredMark required />
            </label>
          </div>
          <p className="hint" id="apply-privacy-hint">
            {t("apply.privacyHint")}
          </p>
          {ownError("privacyAccepted") && (
            <p className="field-error" id="apply-privacy-error">
              {ownError("privacyAccepted")}
            </p>
          )}
        </div>
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t("common.busy") : t("apply.submit")}
        </button>
      </form>
    </section>
  );
}
