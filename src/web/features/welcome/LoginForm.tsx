import { type FormEvent, useState } from "react";
import { api } from "../../api/client.ts";
import { useSession } from "../../app/session-context.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { TextField } from "../../components/TextField.tsx";
import { useT } from "../../i18n/use-t.ts";

/** E-mail and password (POST /api/login); the server's message says what went wrong. */
export function LoginForm() {
  const { t } = useT();
  const { setSession } = useSession();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    if (email.trim() === "" || password === "") {
      setError(t("login.missing"));
      return;
    }
    setBusy(true);
    try {
      setSession(await api.login({ email: email.trim(), password }));
    } catch (err) {
      setError(err);
      setPassword("");
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate className="form">
      <ErrorAlert error={error} />
      <TextField
        id="login-email"
        label={t("account.email")}
        type="email"
        value={email}
        onChange={setEmail}
        autoComplete="username"
        required
      />
      <TextField
        id="login-password"
        label={t("login.password")}
        type="password"
        value={password}
        onChange={setPassword}
        autoComplete="current-password"
        required
      />
      <button type="submit" className="button button-primary" disabled={busy}>
        {busy ? t("common.busy") : t("login.submit")}
      </button>
    </form>
  );
}
