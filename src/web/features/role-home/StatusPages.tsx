import { paths } from "../../app/routes.ts";
import { Link } from "../../components/Link.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { useT } from "../../i18n/use-t.ts";

export function NotFoundPage() {
  const { t } = useT();
  return (
    <div className="narrow">
      <PageTitle title={t("notFound.title")}>{t("notFound.title")}</PageTitle>
      <p>{t("notFound.text")}</p>
      <p>
        <Link to={paths.audits()}>{t("notFound.home")}</Link>
      </p>
    </div>
  );
}

/** A page the user's role does not include (the server would refuse its data anyway). */
export function NotAllowedPage() {
  const { t } = useT();
  return (
    <div className="narrow">
      <PageTitle title={t("notAllowed.title")}>{t("notAllowed.title")}</PageTitle>
      <p>{t("notAllowed.text")}</p>
      <p>
        <Link to={paths.audits()}>{t("notFound.home")}</Link>
      </p>
    </div>
  );
}
