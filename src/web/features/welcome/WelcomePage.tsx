import { paths } from "../../app/routes.ts";
import { Link } from "../../components/Link.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { useT } from "../../i18n/use-t.ts";
import { DemoButton } from "./DemoButton.tsx";
import { LoginForm } from "./LoginForm.tsx";
import { SetupForm } from "./SetupForm.tsx";

/**
 * The first page of a visitor who is not signed in: create the organisation (on a fresh server), try
 * a demo organisation with example data, or sign in.
 */
export function WelcomePage({ setupNeeded }: { readonly setupNeeded: boolean }) {
  const { t } = useT();
  return (
    <div className="welcome">
      <PageTitle title={t("welcome.title")}>{t("welcome.title")}</PageTitle>
      <p className="lead">{t("welcome.intro")}</p>
      <div className="card-grid">
        {setupNeeded && (
          <section className="card" aria-labelledby="setup-heading">
            <h2 id="setup-heading">{t("setup.title")}</h2>
            <p>{t("setup.intro")}</p>
            <SetupForm />
          </section>
        )}
        <section className="card" aria-labelledby="demo-heading">
          <h2 id="demo-heading">{t("demo.title")}</h2>
          <p>{t("demo.intro")}</p>
          <DemoButton />
        </section>
        <section className="card" aria-labelledby="login-heading">
          <h2 id="login-heading">{t("login.title")}</h2>
          <LoginForm />
        </section>
        <section className="card" aria-labelledby="learn-heading">
          <h2 id="learn-heading">{t("welcome.learnTitle")}</h2>
          <p>{t("welcome.learnText")}</p>
          <p>
            <Link to={paths.learn()}>{t("welcome.learnLink")}</Link>
          </p>
        </section>
      </div>
    </div>
  );
}
