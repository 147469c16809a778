import { useState } from "react";
import { api } from "../../api/client.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { useT } from "../../i18n/use-t.ts";

/** Records the rejections by published knock-out rules as decisions (by the system). */
export function AutomaticRejectionsButton({
  vacancyId,
  onDone,
}: {
  readonly vacancyId: string;
  readonly onDone: () => void;
}) {
  const { t } = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState("");
  const run = async () => {
    setBusy(true);
    setError(null);
    setStatus("");
    try {
      const { rejected } = await api.automaticRejections(vacancyId);
      setStatus(t("automatic.done", { count: rejected }));
      onDone();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="automatic-rejections">
      <button
        type="button"
        className="button"
        onClick={run}
        disabled={busy}
        aria-describedby="automatic-hint"
      >
        {t("automatic.button")}
      </button>
      <p className="hint" id="automatic-hint">
        {t("automatic.hint")}
      </p>
      <p className="hint" role="status">
        {status}
      </p>
      <ErrorAlert error={error} />
    </div>
  );
}
