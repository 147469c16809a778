import { useUser } from "../../app/session-context.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { useT } from "../../i18n/use-t.ts";

/** For roles with nothing in the selection audit yet (DHV-er, employee): what to expect, kindly. */
export function RoleHomePage() {
  const { t } = useT();
  const user = useUser();
  return (
    <div className="narrow">
      <PageTitle title={t("roleHome.title", { name: user.name })}>
        {t("roleHome.title", { name: user.name })}
      </PageTitle>
      <p className="lead">
        {t("roleHome.intro", { role: t(`role.${user.role}`), organisation: user.organisation.name })}
      </p>
      <p>{t("roleHome.later")}</p>
      <p>{t("roleHome.access")}</p>
    </div>
  );
}
