import { Hono } from "hono";
import { translate } from "../../core/i18n/translate.ts";
import { checkVacancy } from "../../core/screening/check-vacancy.ts";
import type { Vacancy } from "../../core/screening/vacancy.ts";
import type { StoredVacancy } from "../../store/store.ts";
import { logActivity } from "../activity.ts";
import { validJson } from "../api-schemas.ts";
import type { PreferentialPolicy, VacancyInvalidError, VacancyRequest } from "../api-types.ts";
import type { AppDeps, AppEnv } from "../app-env.ts";
import { AppError, notFound } from "../app-error.ts";
import { authorize } from "../auth/authorize.ts";
import { randomToken } from "../auth/tokens.ts";
import { vacancyCheckSchema, vacancyRequestSchema } from "../screening/screening-schemas.ts";
import { countsOf, vacancyDetail, vacancySummary } from "../screening/vacancy-view.ts";

/** The shortest justification of a preferential policy that can document a disadvantage. */
const MIN_JUSTIFICATION = 20;

/**
 * A policy can be on only when it is documented and published (College voor de Rechten van de Mens,
 * oordeel 2023-8): a justification and a statement for the vacancy in both languages.
 */
function checkPolicy(policy: PreferentialPolicy | null): void {
  if (!policy?.enabled) return;
  if (
    policy.justification.trim().length < MIN_JUSTIFICATION ||
    policy.statement.nl.trim() === "" ||
    policy.statement.en.trim() === ""
  ) {
    throw new AppError(422, "policy-incomplete", "api.policy-incomplete", {}, "preferentialPolicy");
  }
}

export function vacancyRoutes(deps: AppDeps) {
  const { store } = deps;

  /** Counts for one vacancy, computed from its rows. */
  const withCounts = async (v: StoredVacancy) => {
    const [applications, log] = await Promise.all([
      store.listApplications(v.organisationId, v.id),
      store.listScreeningLog(v.organisationId, { vacancyId: v.id }),
    ]);
    return { ...v, ...countsOf(applications, log) };
  };

  return new Hono<AppEnv>()
    .get("/vacancies", authorize("viewScreening"), async (c) => {
      const user = c.get("user")!;
      return c.json((await store.listVacancies(user.organisationId)).map(vacancySummary));
    })
    .post("/vacancies/check", authorize("manageVacancies"), validJson(vacancyCheckSchema), (c) => {
      return c.json(checkVacancy(c.req.valid("json").definition as Vacancy));
    })
    .post("/vacancies", authorize("manageVacancies"), validJson(vacancyRequestSchema), async (c) => {
      const user = c.get("user")!;
      const body = c.req.valid("json") as VacancyRequest;
      const refused = refusal(c.get("language"), body.definition);
      if (refused) return c.json(refused, 422);
      checkPolicy(body.preferentialPolicy);
      const now = deps.now();
      const vacancy = await store.createVacancy({
        organisationId: user.organisationId,
        createdBy: user.id,
        publicToken: randomToken().slice(0, 22),
        status: body.status,
        definition: body.definition,
        preferentialPolicy: body.preferentialPolicy as Record<string, unknown> | null,
        monitoring: body.monitoring,
        createdAt: now.toISOString(),
      });
      await logActivity(store, user, "vacancy.create", vacancy.definition.title.en, now, {
        vacancyId: vacancy.id,
        status: vacancy.status,
      });
      return c.json(vacancyDetail({ ...vacancy, applications: 0, undecided: 0 }), 201);
    })
    .get("/vacancies/:id", authorize("viewScreening"), async (c) => {
      const user = c.get("user")!;
      const vacancy = await store.getVacancy(user.organisationId, c.req.param("id"));
      if (!vacancy) throw notFound();
      return c.json(vacancyDetail(await withCounts(vacancy)));
    })
    .put("/vacancies/:id", authorize("manageVacancies"), validJson(vacancyRequestSchema), async (c) => {
      const user = c.get("user")!;
      const body = c.req.valid("json") as VacancyRequest;
      const refused = refusal(c.get("language"), body.definition);
      if (refused) return c.json(refused, 422);
      checkPolicy(body.preferentialPolicy);
      const now = deps.now();
      const vacancy = await store.updateVacancy(user.organisationId, c.req.param("id"), {
        status: body.status,
        definition: body.definition,
        preferentialPolicy: body.preferentialPolicy as Record<string, unknown> | null,
        monitoring: body.monitoring,
        now: now.toISOString(),
      });
      if (!vacancy) throw notFound();
      await logActivity(store, user, "vacancy.update", vacancy.definition.title.en, now, {
        vacancyId: vacancy.id,
        version: vacancy.version,
        status: vacancy.status,
      });
      return c.json(vacancyDetail(await withCounts(vacancy)));
    });
}

/** The 422 body for a vacancy the check refuses, or undefined when it has no errors. */
function refusal(language: "nl" | "en", definition: Vacancy): VacancyInvalidError | undefined {
  const check = checkVacancy(definition);
  if (check.errors.length === 0) return undefined;
  return {
    error: {
      code: "vacancy-invalid",
      message: translate(language, "api.vacancy-invalid", { count: check.errors.length }),
      field: "definition",
    },
    check,
  };
}
