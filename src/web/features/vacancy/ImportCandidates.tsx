import { useState } from "react";
import type { ImportResponse } from "../../../server/api-types.ts";
import { api } from "../../api/client.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { useT } from "../../i18n/use-t.ts";

/**
 * A candidates file (CSV, or JSON as an array or lines) sent as it is; all or nothing: the server
 * names the line of the first problem. Columns with protected characteristics are dropped and counted.
 */
export function ImportCandidates({
  vacancyId,
  onImported,
}: {
  readonly vacancyId: string;
  readonly onImported: () => void;
}) {
  const { t } = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [result, setResult] = useState<ImportResponse | null>(null);
  const send = async (file: File) => {
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      setResult(await api.importApplications(vacancyId, file, file.name));
      onImported();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="import-heading" className="card">
      <h3 id="import-heading">{t("import.title")}</h3>
      <p>{t("import.intro")}</p>
      <input
        id="import-file"
        className="file-input"
        type="file"
        accept=".csv,.json,.jsonl,text/csv,application/json"
        disabled={busy}
        aria-describedby="import-hint"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = "";
          if (file) void send(file);
        }}
      />
      <label htmlFor="import-file" className="button file-label">
        {busy ? t("common.busy") : t("import.choose")}
      </label>
      <p className="hint" id="import-hint">
        {t("import.hint")}
      </p>
      <div role="status">
        {result && (
          <p className="alert alert-info">
            {t("import.done", { count: result.imported })}{" "}
            {result.droppedColumns.length > 0
              ? t("import.dropped", { columns: result.droppedColumns.join(", ") })
              : t("import.noneDropped")}
          </p>
        )}
      </div>
      <ErrorAlert error={error} />
    </section>
  );
}
