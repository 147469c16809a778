import { type FormEvent, useMemo, useRef, useState } from "react";
import { checkVacancy } from "../../../core/screening/check-vacancy.ts";
import { exampleVacancy } from "../../../core/screening/example-vacancy.ts";
import type { VacancyCheck } from "../../../core/screening/vacancy-problem.ts";
import { vacancyDefinitionWording } from "../../../core/wording/vacancy-definition-wording.ts";
import type { VacancyDetail } from "../../../server/api-types.ts";
import { isApiRequestError } from "../../api/api-request-error.ts";
import { api } from "../../api/client.ts";
import { navigate } from "../../app/router.ts";
import { paths } from "../../app/routes.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { Link } from "../../components/Link.tsx";
import { Loading } from "../../components/Loading.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { useApiData } from "../../components/use-api-data.ts";
import { useT } from "../../i18n/use-t.ts";
import { BilingualFields } from "./BilingualFields.tsx";
import { CheckedInput } from "./CheckedField.tsx";
import { EditorSummary } from "./EditorSummary.tsx";
import {
  draftProblems,
  editorSlots,
  type Note,
  notesFromCheck,
  notesFromWording,
  pathOfServerField,
  placeNotes,
} from "./editor-notes.ts";
import { EditorNotesProvider } from "./editor-notes-context.tsx";
import { PolicyFieldset } from "./PolicyFieldset.tsx";
import { PublicationFieldset } from "./PublicationFieldset.tsx";
import { RuleList } from "./RuleList.tsx";
import { ProfileFieldset, ThresholdsFieldset } from "./ScreeningSettings.tsx";
import { VacancyFileTools } from "./VacancyFileTools.tsx";
import {
  draftFromDetail,
  draftFromVacancy,
  draftToRequest,
  draftToVacancy,
  MIN_JUSTIFICATION_LENGTH,
  RULE_GROUPS,
  type VacancyDraft,
} from "./vacancy-draft.ts";

/** /vacancies/new (from the example as a template) and /vacancies/:id/edit. */
export function VacancyEditorPage({ id }: { readonly id?: string }) {
  const { t } = useT();
  const [detail] = useApiData<VacancyDetail | null>(
    () => (id ? api.vacancy(id) : Promise.resolve(null)),
    [id],
  );
  const title = id ? t("editor.editTitle") : t("editor.newTitle");
  return (
    <>
      <p className="breadcrumb">
        <Link to={id ? paths.vacancy(id) : paths.vacancies()}>
          {id ? t("vacancy.back") : t("vacancies.back")}
        </Link>
      </p>
      <PageTitle title={title}>{title}</PageTitle>
      {detail.status === "loading" && <Loading />}
      {detail.status === "failed" && <ErrorAlert error={detail.error} />}
      {detail.status === "ready" && (
        <VacancyEditor
          key={detail.data?.id ?? "new"}
          id={id}
          initial={detail.data ? draftFromDetail(detail.data) : draftFromVacancy(exampleVacancy)}
        />
      )}
    </>
  );
}

/** The server's refusal: its check (a 422 `vacancy-invalid`) or one error, possibly about one field. */
function refusal(error: unknown): { check: VacancyCheck | null; field: string | null } {
  if (!isApiRequestError(error)) return { check: null, field: null };
  const body = error.body as { check?: VacancyCheck } | undefined;
  const check = body?.check && Array.isArray(body.check.errors) ? body.check : null;
  return { check, field: error.field ? pathOfServerField(error.field) : null };
}

function VacancyEditor({ id, initial }: { readonly id: string | undefined; readonly initial: VacancyDraft }) {
  const { t, language } = useT();
  const [draft, setDraft] = useState(initial);
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [serverError, setServerError] = useState<unknown>(null);
  const summary = useRef<HTMLDivElement>(null);

  const set = (change: Partial<VacancyDraft>) => {
    setServerError(null); // the server's objection was about the vacancy as it was
    setDraft((d) => ({ ...d, ...change }));
  };

  // The check runs live, as the user types: the same code the server runs when saving.
  const vacancy = useMemo(() => draftToVacancy(draft), [draft]);
  const check = useMemo(() => checkVacancy(vacancy), [vacancy]);
  const wording = useMemo(() => vacancyDefinitionWording(vacancy), [vacancy]);
  const server = refusal(serverError);
  const notes: Note[] = useMemo(() => {
    const own = draftProblems(draft).map((p) => ({
      path: p.path,
      severity: "error" as const,
      text: t(p.key, { min: MIN_JUSTIFICATION_LENGTH }),
    }));
    // Required texts only count once the user tried to save: an empty new rule is not yet a mistake.
    return [
      ...notesFromCheck(server.check ?? check, language),
      ...notesFromWording(wording, language),
      ...(submitted ? own : []),
    ];
  }, [draft, check, wording, server.check, language, submitted, t]);
  const serverNote: Note | null =
    serverError && !server.check && server.field
      ? {
          path: server.field,
          severity: "error",
          text: isApiRequestError(serverError) ? serverError.message : "",
        }
      : null;
  const allNotes = serverNote ? [...notes, serverNote] : notes;
  const placed = placeNotes(allNotes, editorSlots(draft));
  const errors = allNotes.filter((n) => n.severity === "error");

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    setServerError(null);
    if (checkVacancy(vacancy).errors.length > 0 || draftProblems(draft).length > 0) {
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    setBusy(true);
    try {
      const body = draftToRequest(draft);
      const saved = id ? await api.updateVacancy(id, body) : await api.createVacancy(body);
      navigate(paths.vacancy(saved.id));
    } catch (error) {
      setServerError(error);
      setBusy(false);
      requestAnimationFrame(() => summary.current?.focus());
    }
  };

  return (
    <EditorNotesProvider placed={placed}>
      <p className="lead">{t("editor.intro")}</p>
      <VacancyFileTools
        current={() => vacancy}
        onImport={(imported) => {
          // The file holds the definition; the settings saved beside it stay as they are.
          const { status, policy, monitoringEnabled, retentionDays } = draft;
          set({ ...draftFromVacancy(imported), status, policy, monitoringEnabled, retentionDays });
        }}
      />
      <EditorSummary
        ref={summary}
        show={submitted || serverError !== null}
        placed={placed}
        serverError={serverError !== null && !server.check && !server.field ? serverError : null}
      />
      <form onSubmit={submit} noValidate className="form vacancy-form" id="vacancy-form">
        <fieldset>
          <legend>{t("editor.basics")}</legend>
          <BilingualFields
            path="title"
            label={t("editor.vacancyTitle")}
            value={draft.title}
            onChange={(title) => set({ title })}
          />
          <CheckedInput
            path="id"
            label={t("editor.code")}
            hint={t("editor.codeHint")}
            value={draft.id}
            onChange={(code) => set({ id: code })}
          />
        </fieldset>
        {RULE_GROUPS.map((group) => (
          <RuleList
            key={group}
            group={group}
            rules={draft[group]}
            onChange={(rules) => set({ [group]: rules })}
          />
        ))}
        <ThresholdsFieldset draft={draft} set={set} />
        <ProfileFieldset draft={draft} set={set} />
        <PolicyFieldset policy={draft.policy} onChange={(policy) => set({ policy })} />
        <PublicationFieldset draft={draft} set={set} />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t("common.busy") : t("editor.save")}
          </button>
          <p className="hint" role="status">
            {t("editor.status", { errors: errors.length, warnings: allNotes.length - errors.length })}
          </p>
        </div>
      </form>
    </EditorNotesProvider>
  );
}
