import { lazy, Suspense } from "react";
import type { SessionUser } from "../../server/api-types.ts";
import { ErrorAlert } from "../components/ErrorAlert.tsx";
import { Loading } from "../components/Loading.tsx";
import { PageTitle } from "../components/PageTitle.tsx";
import { ActivityPage } from "../features/activity/ActivityPage.tsx";
import { AuditListPage } from "../features/audits/AuditListPage.tsx";
import { ComparePage } from "../features/compare/ComparePage.tsx";
import { AcceptInvitationPage } from "../features/invitations/AcceptInvitationPage.tsx";
import { NewAuditPage } from "../features/new-audit/NewAuditPage.tsx";
import { RoleHomePage } from "../features/role-home/RoleHomePage.tsx";
import { NotAllowedPage, NotFoundPage } from "../features/role-home/StatusPages.tsx";
import { UsersPage } from "../features/users/UsersPage.tsx";
import { WelcomePage } from "../features/welcome/WelcomePage.tsx";
import { useT } from "../i18n/use-t.ts";
import { AppShell } from "./AppShell.tsx";
import { can, type Permission } from "./permissions.ts";
import { useRoute } from "./router.ts";
import type { Route } from "./routes.ts";
import { SessionProvider, useSession } from "./session-context.tsx";

/** The report brings Observable Plot along; it is loaded when a report is first opened. */
const ReportPage = lazy(() =>
  import("../features/report/ReportPage.tsx").then((m) => ({ default: m.ReportPage })),
);

/** Discovery (issue 5): brings Observable Plot and the report renderers along. */
const DiscoveryPage = lazy(() =>
  import("../features/discovery/DiscoveryPage.tsx").then((m) => ({ default: m.DiscoveryPage })),
);

/** Screening (issue 4): loaded when first opened; the public pages are a chunk of their own. */
const VacancyListPage = lazy(() =>
  import("../features/vacancies/VacancyListPage.tsx").then((m) => ({ default: m.VacancyListPage })),
);
const VacancyEditorPage = lazy(() =>
  import("../features/vacancy-editor/VacancyEditorPage.tsx").then((m) => ({ default: m.VacancyEditorPage })),
);
const VacancyPage = lazy(() =>
  import("../features/vacancy/VacancyPage.tsx").then((m) => ({ default: m.VacancyPage })),
);
/** The before-deployment assessment (issue 6): its own chunk, with the questionnaire from core. */
const AssessmentListPage = lazy(() =>
  import("../features/assessments/AssessmentListPage.tsx").then((m) => ({ default: m.AssessmentListPage })),
);
const AssessmentPage = lazy(() =>
  import("../features/assessment/AssessmentPage.tsx").then((m) => ({ default: m.AssessmentPage })),
);
/** The awareness explainer (issue 6): public; brings the audit engine and Observable Plot along. */
const ExplainerPage = lazy(() =>
  import("../features/explainer/ExplainerPage.tsx").then((m) => ({ default: m.ExplainerPage })),
);
/** The vacancy text check (issue 6): public; the check runs in the browser. */
const WordingCheckPage = lazy(() =>
  import("../features/wording/WordingCheckPage.tsx").then((m) => ({ default: m.WordingCheckPage })),
);
const ApplyPage = lazy(() =>
  import("../features/apply/ApplyPage.tsx").then((m) => ({ default: m.ApplyPage })),
);
const ApplicationStatusPage = lazy(() =>
  import("../features/application-status/ApplicationStatusPage.tsx").then((m) => ({
    default: m.ApplicationStatusPage,
  })),
);

export function App() {
  return (
    <SessionProvider>
      <Root />
    </SessionProvider>
  );
}

function Root() {
  const { t } = useT();
  const { state, reload } = useSession();
  const route = useRoute();
  if (state.status === "loading") {
    return (
      <AppShell user={null}>
        <PageTitle title="Aware">Aware</PageTitle>
        <Loading />
      </AppShell>
    );
  }
  if (state.status === "failed") {
    return (
      <AppShell user={null}>
        <PageTitle title={t("app.unavailable")}>{t("app.unavailable")}</PageTitle>
        <ErrorAlert error={state.error} />
        <button type="button" className="button" onClick={reload}>
          {t("common.retry")}
        </button>
      </AppShell>
    );
  }
  const { user, setupNeeded } = state.session;
  return (
    <AppShell user={user}>
      {route.name === "invite" ? (
        <AcceptInvitationPage token={route.token} />
      ) : route.name === "learn" ? (
        // Public: the explainer runs entirely in the browser, for anyone.
        <Suspense fallback={<Loading />}>
          <ExplainerPage />
        </Suspense>
      ) : route.name === "check-text" ? (
        // Public: the text never leaves the browser.
        <Suspense fallback={<Loading />}>
          <WordingCheckPage />
        </Suspense>
      ) : route.name === "apply" || route.name === "application" ? (
        // Public pages: candidates have no account, so these come before the login.
        <Suspense fallback={<Loading />}>
          {route.name === "apply" ? (
            <ApplyPage token={route.token} />
          ) : (
            <ApplicationStatusPage token={route.token} />
          )}
        </Suspense>
      ) : user ? (
        <Suspense fallback={<Loading />}>
          <Page route={route} user={user} />
        </Suspense>
      ) : (
        <WelcomePage setupNeeded={setupNeeded} />
      )}
    </AppShell>
  );
}

function Page({ route, user }: { readonly route: Route; readonly user: SessionUser }) {
  const allowed = (permission: Permission) => can(user.role, permission);
  switch (route.name) {
    case "audits":
      return allowed("viewAudits") ? <AuditListPage /> : <RoleHomePage />;
    case "new-audit":
      return allowed("runAudits") ? <NewAuditPage /> : <NotAllowedPage />;
    case "report":
      return allowed("viewAudits") ? <ReportPage id={route.id} /> : <NotAllowedPage />;
    case "compare":
      return allowed("viewAudits") ? <ComparePage a={route.a} b={route.b} /> : <NotAllowedPage />;
    case "discover":
      return allowed("runDiscovery") ? <DiscoveryPage /> : <NotAllowedPage />;
    case "users":
      return allowed("manageUsers") ? <UsersPage /> : <NotAllowedPage />;
    case "activity":
      return allowed("viewActivity") ? <ActivityPage /> : <NotAllowedPage />;
    case "vacancies":
      return allowed("viewScreening") ? <VacancyListPage /> : <NotAllowedPage />;
    case "new-vacancy":
      return allowed("manageVacancies") ? <VacancyEditorPage /> : <NotAllowedPage />;
    case "edit-vacancy":
      return allowed("manageVacancies") ? <VacancyEditorPage id={route.id} /> : <NotAllowedPage />;
    case "vacancy":
      // The page checks the section's own permission (monitoring is for admins and auditors only).
      return allowed("viewScreening") ? (
        <VacancyPage id={route.id} section={route.section} />
      ) : (
        <NotAllowedPage />
      );
    case "assessments":
      return allowed("viewAssessments") ? <AssessmentListPage /> : <NotAllowedPage />;
    case "assessment":
      return allowed("viewAssessments") ? <AssessmentPage id={route.id} /> : <NotAllowedPage />;
    case "invite":
    case "learn":
    case "check-text":
    case "apply":
    case "application":
    case "not-found":
      return <NotFoundPage />;
  }
}
