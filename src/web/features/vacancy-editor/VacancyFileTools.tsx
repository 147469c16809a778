import { useState } from "react";
import type { Vacancy } from "../../../core/screening/vacancy.ts";
import { useT } from "../../i18n/use-t.ts";
import { parseVacancyJson, vacancyFileName, vacancyJsonText } from "./vacancy-json.ts";

/** Offers text as a file to save, through a link the browser follows and forgets. */
function saveFile(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "Import vacancy JSON" (a file in schema aware.vacancy/1 fills the editor) and "Download JSON". */
export function VacancyFileTools({
  current,
  onImport,
}: {
  readonly current: () => Vacancy;
  readonly onImport: (vacancy: Vacancy) => void;
}) {
  const { t } = useT();
  const [message, setMessage] = useState<{ readonly error: boolean; readonly text: string } | null>(null);
  const read = async (file: File) => {
    const result = parseVacancyJson(await file.text());
    if (result.ok) {
      onImport(result.vacancy);
      setMessage({ error: false, text: t("vacancyFile.imported", { name: file.name }) });
    } else {
      const key =
        result.problem === "json"
          ? "vacancyFile.notJson"
          : result.problem === "schema"
            ? "vacancyFile.notVacancy"
            : "vacancyFile.shape";
      setMessage({ error: true, text: t(key, { name: file.name, path: result.path }) });
    }
  };
  return (
    <div className="file-tools">
      <div className="file-tools-row">
        <input
          id="vacancy-import"
          className="file-input"
          type="file"
          accept=".json,application/json"
          aria-describedby="vacancy-import-hint vacancy-import-message"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = "";
            if (file) void read(file);
          }}
        />
        <label htmlFor="vacancy-import" className="button file-label">
          {t("vacancyFile.import")}
        </label>
        <button
          type="button"
          className="button"
          onClick={() => {
            const vacancy = current();
            saveFile(vacancyFileName(vacancy), vacancyJsonText(vacancy));
          }}
        >
          {t("vacancyFile.download")}
        </button>
      </div>
      <p className="hint" id="vacancy-import-hint">
        {t("vacancyFile.importHint")}
      </p>
      <p className="hint" role="status">
        {message && !message.error ? message.text : ""}
      </p>
      <p id="vacancy-import-message" className="field-error" role="alert">
        {message?.error ? message.text : ""}
      </p>
    </div>
  );
}
