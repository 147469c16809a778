import { Hono } from "hono";
import { applicationFormFields } from "../../core/screening/application-form.ts";
import { validJson } from "../api-schemas.ts";
import type {
  ApplicationStatus,
  MonitoringSaved,
  PublicApplicationResponse,
  PublicVacancy,
} from "../api-types.ts";
import type { AppDeps, AppEnv } from "../app-env.ts";
import { AppError, notFound } from "../app-error.ts";
import { clientAddress } from "../auth/client-address.ts";
import { ensureCsrfCookie } from "../auth/session-cookie.ts";
import { randomToken, sha256 } from "../auth/tokens.ts";
import { checkedFields } from "../screening/application-input.ts";
import { monitoringSchema, publicApplicationSchema } from "../screening/screening-schemas.ts";
import { activePolicy, applicationReference } from "../screening/vacancy-view.ts";

/** Version of the consent text the questionnaire shows (src/web): recorded with every answer. */
export const MONITORING_CONSENT_VERSION = "monitoring-consent/1";
const DAY_MS = 86_400_000;
/** Applications one client address may send to one vacancy per hour (a kiosk at a job fair fits). */
export const MAX_APPLICATIONS_PER_HOUR = 30;

/**
 * The pages a candidate uses without an account: the application form of an open vacancy, and the
 * candidate's own status page, reached with the secret token they got when applying (only its hash is
 * stored). Monitoring answers go to their own table and are never read back to anyone row by row.
 */
export function publicRoutes(deps: AppDeps) {
  const { store } = deps;

  const openVacancy = async (token: string) => {
    const vacancy = await store.findVacancyByToken(token);
    if (vacancy?.status !== "open") throw notFound();
    return vacancy;
  };
  const ownApplication = async (statusToken: string) => {
    const application = await store.findApplicationByStatusToken(sha256(statusToken));
    if (!application) throw notFound();
    const vacancy = await store.getVacancy(application.organisationId, application.vacancyId);
    if (!vacancy) throw notFound();
    return { application, vacancy };
  };

  return new Hono<AppEnv>()
    .get("/public/vacancies/:token", async (c) => {
      ensureCsrfCookie(c, deps);
      const vacancy = await openVacancy(c.req.param("token"));
      const organisation = await store.getOrganisation(vacancy.organisationId);
      const policy = activePolicy(vacancy);
      const d = vacancy.definition;
      const body: PublicVacancy = {
        organisationName: organisation?.name ?? "",
        title: d.title,
        knockouts: d.knockouts.map((k) => ({ label: k.label, reason: k.reason })),
        criteria: d.criteria.map((k) => ({ label: k.label, weight: k.weight })),
        niceToHaves: d.niceToHaves.map((k) => ({ label: k.label, weight: k.weight })),
        formFields: applicationFormFields(d),
        preference: policy ? { group: policy.group, statement: policy.statement } : null,
        monitoring: vacancy.monitoring,
      };
      return c.json(body);
    })
    .post("/public/vacancies/:token/applications", validJson(publicApplicationSchema), async (c) => {
      const vacancy = await openVacancy(c.req.param("token"));
      const body = c.req.valid("json");
      const now = deps.now();
      const throttle = `apply:${vacancy.id}:${clientAddress(c, deps.trustProxy === true)}`;
      const since = new Date(now.getTime() - 3_600_000).toISOString();
      if ((await store.countLoginFailures(throttle, since)) >= MAX_APPLICATIONS_PER_HOUR) {
        c.header("Retry-After", "3600");
        throw new AppError(429, "too-many-attempts", "api.too-many-attempts", { minutes: 60 });
      }
      if (!body.privacyAccepted)
        throw new AppError(422, "privacy-required", "api.privacy-required", {}, "privacyAccepted");
      const fields = checkedFields(applicationFormFields(vacancy.definition), body.fields, {
        requireKnockouts: true,
        language: c.get("language"),
      });
      const statusToken = randomToken();
      const [created] = (await store.createApplications(
        vacancy.organisationId,
        vacancy.id,
        [
          {
            organisationId: vacancy.organisationId,
            vacancyId: vacancy.id,
            source: "form",
            name: body.name,
            email: body.email ? body.email : null,
            fields,
            // The opt-in counts only under a published policy.
            preferenceClaim: activePolicy(vacancy) !== null && body.preferenceClaim === true,
            createdBy: null,
            statusTokenHash: sha256(statusToken),
          },
        ],
        now.toISOString(),
      ))!;
      await store.recordLoginFailure(throttle, now.toISOString());
      const response: PublicApplicationResponse = {
        reference: applicationReference(created!.number),
        statusToken,
      };
      return c.json(response, 201);
    })
    .get("/public/applications/:statusToken", async (c) => {
      ensureCsrfCookie(c, deps);
      const { application, vacancy } = await ownApplication(c.req.param("statusToken"));
      await store.deleteExpiredMonitoring(deps.now().toISOString());
      const [organisation, log, letter, deleteAfter] = await Promise.all([
        store.getOrganisation(vacancy.organisationId),
        store.listScreeningLog(vacancy.organisationId, { vacancyId: vacancy.id }),
        store.latestLetter(vacancy.organisationId, application.id),
        store.monitoringDeleteAfter(application.id),
      ]);
      const decided = log.some((e) => e.applicationId === application.id && e.kind === "decision");
      const body: ApplicationStatus = {
        reference: applicationReference(application.number),
        organisationName: organisation?.name ?? "",
        vacancyTitle: vacancy.definition.title,
        submittedAt: application.createdAt,
        state: decided ? "decided" : "received",
        monitoring: {
          enabled: vacancy.monitoring.enabled,
          retentionDays: vacancy.monitoring.retentionDays,
          answeredUntil: deleteAfter ?? null,
        },
        letter: letter ? { sentAt: letter.sentAt, language: letter.language, html: letter.html } : null,
      };
      return c.json(body);
    })
    .post("/public/applications/:statusToken/monitoring", validJson(monitoringSchema), async (c) => {
      const { application, vacancy } = await ownApplication(c.req.param("statusToken"));
      if (!vacancy.monitoring.enabled) throw new AppError(409, "monitoring-off", "api.monitoring-off");
      const body = c.req.valid("json");
      if (!body.consent) throw new AppError(422, "consent-required", "api.consent-required", {}, "consent");
      const now = deps.now();
      const deleteAfter = new Date(now.getTime() + vacancy.monitoring.retentionDays * DAY_MS).toISOString();
      await store.saveMonitoring({
        organisationId: vacancy.organisationId,
        vacancyId: vacancy.id,
        applicationId: application.id,
        answers: body.answers,
        consentVersion: MONITORING_CONSENT_VERSION,
        consentedAt: now.toISOString(),
        deleteAfter,
      });
      const saved: MonitoringSaved = { answeredUntil: deleteAfter };
      return c.json(saved, 201);
    })
    .delete("/public/applications/:statusToken/monitoring", async (c) => {
      const { application } = await ownApplication(c.req.param("statusToken"));
      await store.deleteMonitoring(application.id);
      return c.body(null, 204);
    });
}
