import { useDeferredValue, useMemo, useState } from "react";
import { applySuggestions } from "../../../core/wording/apply-suggestions.ts";
import { checkVacancyText } from "../../../core/wording/check-vacancy-text.ts";
import { PageTitle } from "../../components/PageTitle.tsx";
import { SelectField } from "../../components/SelectField.tsx";
import { useT } from "../../i18n/use-t.ts";
import { FindingList } from "./FindingList.tsx";
import { HighlightedText } from "./HighlightedText.tsx";
import { WordingSummary } from "./WordingSummary.tsx";

/** Largest text file opened (the check reads plain text; a vacancy is a few kilobytes). */
const MAX_FILE_BYTES = 1024 * 1024;

type LanguageChoice = "auto" | "nl" | "en";

/**
 * The vacancy text check (issue 6, PRODUCT.md 1d): paste or open a text, see the findings
 * highlighted in it with the reason and a neutral rewrite beside each, accept rewrites, and copy the
 * improved text. Runs entirely in the browser with the same core as `aware check-vacancy`; nothing
 * is sent to the server.
 */
export function WordingCheckPage() {
  const { t } = useT();
  const [text, setText] = useState("");
  const [languageChoice, setLanguageChoice] = useState<LanguageChoice>("auto");
  const [accepted, setAccepted] = useState<ReadonlySet<string>>(new Set());
  const [status, setStatus] = useState("");
  const [fileError, setFileError] = useState<string | undefined>(undefined);
  const deferred = useDeferredValue(text);
  const check = useMemo(
    () => checkVacancyText(deferred, { language: languageChoice }),
    [deferred, languageChoice],
  );
  const current = deferred === text;
  const acceptedNow = check.findings.filter((f) => accepted.has(f.id) && f.replacement !== null);

  const openFile = async (file: File | undefined) => {
    setFileError(undefined);
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setFileError(t("wording.fileTooLarge", { name: file.name }));
      return;
    }
    const content = await file.text();
    if (content.includes("\u0000")) {
      setFileError(t("wording.fileNotText", { name: file.name }));
      return;
    }
    setText(content.replace(/^\uFEFF/, ""));
    setAccepted(new Set());
    setStatus(t("wording.fileOpened", { name: file.name }));
  };

  const apply = () => {
    const result = applySuggestions(text, check.findings, [...accepted]);
    setText(result.text);
    setAccepted(new Set());
    setStatus(
      result.skipped.length > 0
        ? t("wording.appliedSome", { applied: result.applied.length, skipped: result.skipped.length })
        : t("wording.applied", { applied: result.applied.length }),
    );
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(t("wording.copied"));
    } catch {
      // No clipboard permission (e.g. plain http): select the text so the user can copy it.
      const area = document.getElementById("wording-text") as HTMLTextAreaElement | null;
      area?.focus();
      area?.select();
      setStatus(t("wording.copyManually"));
    }
  };

  const toggle = (id: string, on: boolean) => {
    setAccepted((previous) => {
      const next = new Set(previous);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  };

  return (
    <>
      <PageTitle title={t("wording.title")}>{t("wording.title")}</PageTitle>
      <p className="lead">{t("wording.intro")}</p>
      <div className="field">
        <label htmlFor="wording-text">{t("wording.textLabel")}</label>
        <p className="hint" id="wording-text-hint">
          {t("wording.textHint")}
        </p>
        <textarea
          id="wording-text"
          className="wording-input"
          rows={14}
          value={text}
          aria-describedby="wording-text-hint"
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor="wording-file">{t("wording.fileLabel")}</label>
          <input
            id="wording-file"
            type="file"
            accept=".txt,text/plain"
            aria-describedby={fileError ? "wording-file-error" : undefined}
            aria-invalid={fileError ? true : undefined}
            onChange={(e) => void openFile(e.target.files?.[0])}
          />
          {fileError && (
            <p className="field-error" id="wording-file-error" role="alert">
              {fileError}
            </p>
          )}
        </div>
        <SelectField
          label={t("wording.language")}
          value={languageChoice}
          options={[
            { value: "auto", label: t("wording.language.auto") },
            { value: "nl", label: t("wording.language.nl") },
            { value: "en", label: t("wording.language.en") },
          ]}
          onChange={(v) => setLanguageChoice(v as LanguageChoice)}
        />
      </div>
      <div role="status" className="status-line">
        {status}
      </div>
      {text.trim() === "" ? (
        <p className="empty">{t("wording.empty")}</p>
      ) : (
        <div aria-busy={!current}>
          <WordingSummary check={check} />
          <div className="wording-layout">
            <section aria-labelledby="wording-marked-heading" className="wording-marked">
              <h2 id="wording-marked-heading">{t("wording.marked")}</h2>
              <HighlightedText text={deferred} findings={check.findings} />
            </section>
            <section aria-labelledby="wording-findings-heading" className="wording-findings">
              <h2 id="wording-findings-heading">{t("wording.findings", { count: check.findings.length })}</h2>
              <div className="button-row">
                <button
                  type="button"
                  className="button button-primary"
                  onClick={apply}
                  disabled={acceptedNow.length === 0 || !current}
                >
                  {t("wording.apply", { count: acceptedNow.length })}
                </button>
                <button type="button" className="button" onClick={() => void copy()}>
                  {t("wording.copy")}
                </button>
              </div>
              <FindingList findings={check.findings} accepted={accepted} onToggle={toggle} />
            </section>
          </div>
        </div>
      )}
    </>
  );
}
