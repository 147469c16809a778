import { useState } from "react";
import { api } from "../../api/client.ts";
import { navigate } from "../../app/router.ts";
import { paths } from "../../app/routes.ts";
import { useSession } from "../../app/session-context.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { useT } from "../../i18n/use-t.ts";

/** One button: a demo organisation with an example audit, signed in (POST /api/demo). */
export function DemoButton() {
  const { t } = useT();
  const { setSession } = useSession();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const open = async () => {
    setBusy(true);
    setError(null);
    try {
      const session = await api.demo();
      navigate(paths.audits());
      setSession(session);
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };
  return (
    <div>
      <ErrorAlert error={error} />
      <button type="button" className="button button-primary" onClick={open} disabled={busy}>
        {busy ? t("demo.busy") : t("demo.button")}
      </button>
    </div>
  );
}
