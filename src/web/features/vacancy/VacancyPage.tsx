import type { SessionUser, VacancyDetail } from "../../../server/api-types.ts";
import { api } from "../../api/client.ts";
import { can } from "../../app/permissions.ts";
import { paths, type VacancySection } from "../../app/routes.ts";
import { useUser } from "../../app/session-context.tsx";
import { CopyField } from "../../components/CopyField.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { Link } from "../../components/Link.tsx";
import { Loading } from "../../components/Loading.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { useApiData } from "../../components/use-api-data.ts";
import { useT } from "../../i18n/use-t.ts";
import { NotAllowedPage } from "../role-home/StatusPages.tsx";
import { AuditSection } from "./AuditSection.tsx";
import { CandidatesSection } from "./CandidatesSection.tsx";
import { DecisionLogSection } from "./DecisionLogSection.tsx";
import { MonitoringSection } from "./MonitoringSection.tsx";
import { ReviewSection } from "./ReviewSection.tsx";
import { SectionNav } from "./SectionNav.tsx";
import { maySee, sectionsFor } from "./vacancy-sections.ts";

/** /vacancies/:id[/section]: one vacancy, its public link, and its sections. */
export function VacancyPage({ id, section }: { readonly id: string; readonly section: VacancySection }) {
  const user = useUser();
  if (!maySee(user.role, section)) return <NotAllowedPage />;
  return <VacancyView id={id} section={section} user={user} />;
}

function VacancyView({
  id,
  section,
  user,
}: {
  readonly id: string;
  readonly section: VacancySection;
  readonly user: SessionUser;
}) {
  const { t, language } = useT();
  const [detail, reload] = useApiData(() => api.vacancy(id), [id]);
  const title = detail.status === "ready" ? detail.data.title[language] : t("vacancy.title");
  return (
    <>
      <p className="breadcrumb">
        <Link to={paths.vacancies()}>{t("vacancies.back")}</Link>
      </p>
      <PageTitle title={title}>{title}</PageTitle>
      {detail.status === "loading" && <Loading />}
      {detail.status === "failed" && <ErrorAlert error={detail.error} />}
      {detail.status === "ready" && (
        <>
          <VacancyFacts vacancy={detail.data} user={user} />
          <SectionNav id={id} current={section} sections={sectionsFor(user.role)} />
          <div className="vacancy-section">
            {section === "review" && <ReviewSection vacancyId={id} onChange={reload} />}
            {section === "candidates" && <CandidatesSection vacancy={detail.data} onChange={reload} />}
            {section === "log" && <DecisionLogSection vacancyId={id} />}
            {section === "audit" && <AuditSection vacancyId={id} />}
            {section === "monitoring" && <MonitoringSection vacancy={detail.data} />}
          </div>
        </>
      )}
    </>
  );
}

function VacancyFacts({ vacancy, user }: { readonly vacancy: VacancyDetail; readonly user: SessionUser }) {
  const { t, language } = useT();
  return (
    <div className="vacancy-facts">
      <p>
        <span className={`status-badge status-${vacancy.status}`}>
          {t(`vacancyStatus.${vacancy.status}`)}
        </span>{" "}
        {t("vacancy.facts", {
          version: vacancy.version,
          applications: vacancy.applications,
          undecided: vacancy.undecided,
        })}
      </p>
      {can(user.role, "manageVacancies") && (
        <p>
          <Link to={paths.editVacancy(vacancy.id)} className="button">
            {t("vacancy.edit")}
          </Link>
        </p>
      )}
      {vacancy.check.warnings.length > 0 && (
        <section aria-labelledby="vacancy-warnings-heading" className="alert vacancy-warnings">
          <h2 id="vacancy-warnings-heading">{t("vacancy.warnings")}</h2>
          <p>{t("vacancy.warningsIntro")}</p>
          <ul>
            {vacancy.check.warnings.map((w) => (
              <li key={`${w.path}:${w.code}`}>{w.message[language]}</li>
            ))}
          </ul>
        </section>
      )}
      {vacancy.status === "open" ? (
        <CopyField
          label={t("vacancy.publicLink")}
          value={`${window.location.origin}${paths.apply(vacancy.publicToken)}`}
        />
      ) : (
        <p className="hint">{t("vacancy.notPublic")}</p>
      )}
    </div>
  );
}
