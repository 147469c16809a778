import { Hono } from "hono";
import { translate } from "../../core/i18n/translate.ts";
import { departsFromRecommendation, MIN_REASON_LENGTH } from "../../core/screening/override.ts";
import { formatNumber } from "../../core/screening/plain-language.ts";
import { sameScore } from "../../core/screening/rank-results.ts";
import type { ScreeningLogInput } from "../../store/store.ts";
import { validJson } from "../api-schemas.ts";
import type { AutomaticRejectionsResponse, TieBreakResponse } from "../api-types.ts";
import type { AppDeps, AppEnv } from "../app-env.ts";
import { AppError, notFound } from "../app-error.ts";
import { authorize } from "../auth/authorize.ts";
import { logCsv, logEntryBody, recommendationEntry } from "../screening/log-entries.ts";
import { decisionState } from "../screening/review-items.ts";
import { decisionSchema, tieBreakSchema } from "../screening/screening-schemas.ts";
import { applicationIn, loadVacancyState } from "../screening/vacancy-state.ts";
import { activePolicy, applicationReference } from "../screening/vacancy-view.ts";

export function decisionRoutes(deps: AppDeps) {
  const { store } = deps;

  const logOf = async (organisationId: string, vacancyId: string) => {
    const vacancy = await store.getVacancy(organisationId, vacancyId);
    if (!vacancy) throw notFound();
    const [applications, log] = await Promise.all([
      store.listApplications(organisationId, vacancyId),
      store.listScreeningLog(organisationId, { vacancyId }),
    ]);
    const numbers = new Map(applications.map((a) => [a.id, a.number]));
    return log.map((e) => logEntryBody(e, numbers));
  };

  return new Hono<AppEnv>()
    .post("/vacancies/:id/decisions", authorize("decideCandidates"), validJson(decisionSchema), async (c) => {
      const user = c.get("user")!;
      const body = c.req.valid("json");
      const state = await loadVacancyState(store, user.organisationId, c.req.param("id"));
      const { application, result } = applicationIn(state, body.applicationId);
      if (
        body.shown &&
        (body.shown.vacancyVersion !== state.vacancy.version ||
          body.shown.recommendation !== result.recommendation)
      ) {
        const language = c.get("language");
        throw new AppError(409, "recommendation-changed", "api.recommendation-changed", {
          recommendation: translate(language, `screening.recommendation.${result.recommendation}`),
          version: state.vacancy.version,
        });
      }
      const override = departsFromRecommendation(result.recommendation, body.decision);
      const reason = body.reason?.trim() ? body.reason.trim() : null;
      if (override && (reason === null || reason.length < MIN_REASON_LENGTH)) {
        const language = c.get("language");
        throw new AppError(
          422,
          "reason-required",
          "api.reason-required",
          { recommendation: translate(language, `screening.recommendation.${result.recommendation}`) },
          "reason",
        );
      }
      const at = deps.now().toISOString();
      const decision: ScreeningLogInput = {
        organisationId: user.organisationId,
        vacancyId: state.vacancy.id,
        applicationId: application.id,
        kind: "decision",
        vacancyVersion: state.vacancy.version,
        recommendation: result.recommendation,
        score: result.score,
        decision: body.decision,
        override,
        reason,
        deciderId: user.id,
        at,
        details: null,
      };
      // The recommendation the person saw, then their decision: one transaction.
      await store.appendScreeningLog([recommendationEntry(state.vacancy, application, result, at), decision]);
      return c.json(decisionState({ ...decision, id: "", deciderName: user.name }), 201);
    })
    .post("/vacancies/:id/automatic-rejections", authorize("manageCandidates"), async (c) => {
      const user = c.get("user")!;
      const state = await loadVacancyState(store, user.organisationId, c.req.param("id"));
      const at = deps.now().toISOString();
      const entries: ScreeningLogInput[] = [];
      for (const application of state.applications) {
        const result = state.results.get(application.id)!;
        if (!result.automatic || state.decisions.has(application.id)) continue;
        entries.push(recommendationEntry(state.vacancy, application, result, at), {
          organisationId: user.organisationId,
          vacancyId: state.vacancy.id,
          applicationId: application.id,
          kind: "decision",
          vacancyVersion: state.vacancy.version,
          recommendation: result.recommendation,
          score: result.score,
          decision: "reject",
          override: false,
          reason: null,
          deciderId: null,
          at,
          details: { knockout: result.knockout?.id ?? null, confirmedBy: user.id },
        });
      }
      await store.appendScreeningLog(entries);
      const response: AutomaticRejectionsResponse = { rejected: entries.length / 2 };
      return c.json(response, 201);
    })
    .post(
      "/vacancies/:id/tie-breaks",
      authorize("decideCandidates"),
      validJson(tieBreakSchema),
      async (c) => {
        const user = c.get("user")!;
        const body = c.req.valid("json");
        const state = await loadVacancyState(store, user.organisationId, c.req.param("id"));
        const policy = activePolicy(state.vacancy);
        if (!policy) throw new AppError(409, "policy-off", "api.policy-off");
        const ids = [...new Set(body.applicationIds)];
        const tied = ids.map((id) => applicationIn(state, id));
        const score = tied[0]!.result.score;
        // Only among candidates still to be decided: the policy breaks a tie at the decision, and its
        // answer (who asked to be considered) is not for fishing among decided candidates.
        const equal =
          tied.length >= 2 &&
          tied.every(
            (t) =>
              sameScore(t.result.score, score) &&
              t.result.knockout === null &&
              !state.decisions.has(t.application.id),
          );
        if (!equal) {
          const language = c.get("language");
          throw new AppError(
            422,
            "not-a-tie",
            "api.not-a-tie",
            { scores: tied.map((t) => formatNumber(t.result.score, language)).join(", ") },
            "applicationIds",
          );
        }
        const preferred = tied.filter((t) => t.application.preferenceClaim).map((t) => t.application.id);
        await store.appendScreeningLog([
          {
            organisationId: user.organisationId,
            vacancyId: state.vacancy.id,
            applicationId: null,
            kind: "tie-break",
            vacancyVersion: state.vacancy.version,
            recommendation: null,
            score,
            decision: null,
            override: false,
            reason: null,
            deciderId: user.id,
            at: deps.now().toISOString(),
            details: {
              group: policy.group,
              tie: tied.map((t) => applicationReference(t.application.number)),
              applicationIds: ids,
              preferred: tied
                .filter((t) => t.application.preferenceClaim)
                .map((t) => applicationReference(t.application.number)),
            },
          },
        ]);
        const response: TieBreakResponse = { score, applicationIds: ids, preferred };
        return c.json(response, 201);
      },
    )
    .get("/vacancies/:id/log", authorize("viewScreening"), async (c) => {
      const user = c.get("user")!;
      return c.json(await logOf(user.organisationId, c.req.param("id")));
    })
    .get("/vacancies/:id/log.csv", authorize("viewScreening"), async (c) => {
      const user = c.get("user")!;
      const entries = await logOf(user.organisationId, c.req.param("id"));
      c.header("Content-Type", "text/csv; charset=utf-8");
      c.header("Content-Disposition", 'attachment; filename="decision-log.csv"');
      return c.body(logCsv(entries));
    });
}
