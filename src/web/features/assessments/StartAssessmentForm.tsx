import { type FormEvent, useState } from "react";
import { api } from "../../api/client.ts";
import { navigate } from "../../app/router.ts";
import { paths } from "../../app/routes.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { errorMessage } from "../../components/error-message.ts";
import { splitServerError } from "../../components/form-errors.ts";
import { TextField } from "../../components/TextField.tsx";
import { useT } from "../../i18n/use-t.ts";

/** "Start an assessment": a title, then the new assessment's page. */
export function StartAssessmentForm() {
  const { t } = useT();
  const [title, setTitle] = useState("");
  const [titleError, setTitleError] = useState<string | undefined>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    if (title.trim() === "") {
      setTitleError(t("form.error.required"));
      return;
    }
    setTitleError(undefined);
    setBusy(true);
    try {
      const created = await api.createAssessment({ title: title.trim() });
      navigate(paths.assessment(created.id));
    } catch (caught) {
      const { field, error: rest } = splitServerError(caught, ["title"] as const);
      if (field) setTitleError(errorMessage(rest, t));
      else setError(rest);
      setBusy(false);
    }
  };
  return (
    <section className="card start-assessment" aria-labelledby="start-assessment-heading">
      <h2 id="start-assessment-heading">{t("assessments.start")}</h2>
      <p>{t("assessments.startIntro")}</p>
      <ErrorAlert error={error} />
      <form className="form inline-form" onSubmit={submit} noValidate>
        <TextField
          id="assessment-title"
          label={t("assessments.titleLabel")}
          hint={t("assessments.titleHint")}
          value={title}
          onChange={(v) => {
            setTitle(v);
            setTitleError(undefined);
          }}
          error={titleError}
          maxLength={200}
          required
        />
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t("common.busy") : t("assessments.startButton")}
        </button>
      </form>
    </section>
  );
}
