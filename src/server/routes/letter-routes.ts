import { type Context, Hono } from "hono";
import type { Language } from "../../core/i18n/language.ts";
import { explanationLetter } from "../../core/screening/explanation-letter.ts";
import { letterContent } from "../../core/screening/letter-content.ts";
import type { ScreeningResult } from "../../core/screening/screening-result.ts";
import { logActivity } from "../activity.ts";
import { validJson } from "../api-schemas.ts";
import type { LetterResponse } from "../api-types.ts";
import type { AppDeps, AppEnv } from "../app-env.ts";
import { AppError } from "../app-error.ts";
import { authorize } from "../auth/authorize.ts";
import { documentDownload } from "../document-download.ts";
import { letterSchema } from "../screening/screening-schemas.ts";
import { applicationIn, loadVacancyState, type VacancyState } from "../screening/vacancy-state.ts";
import { applicationReference } from "../screening/vacancy-view.ts";

/**
 * The explanation letter: sent (stored as written, logged, shown on the candidate's status page) or
 * downloaded as HTML or PDF. Aware sends no email: HR attaches the download, or the candidate reads
 * it on their status page.
 */
const isScreeningResult = (x: unknown): x is ScreeningResult =>
  typeof x === "object" && x !== null && Array.isArray((x as ScreeningResult).contributions);

export function letterRoutes(deps: AppDeps) {
  const { store } = deps;

  const letterOf = async (state: VacancyState, applicationId: string, language: Language) => {
    const { application, result: current } = applicationIn(state, applicationId);
    const organisation = await store.getOrganisation(state.vacancy.organisationId);
    const decided = state.decisions.get(application.id);
    // Once decided, the letter explains the result the decision was taken on (logged with it), not a
    // re-screening under a later version of the vacancy or a changed set of applications.
    const logged = decided ? state.recommendations.get(application.id)?.details?.result : undefined;
    const result = isScreeningResult(logged) ? logged : current;
    const options = {
      language,
      organisation: organisation?.name ?? "",
      candidateName: application.name,
      ...(decided?.decision
        ? {
            decision: {
              decision: decided.decision,
              by: decided.deciderId === null ? ("system" as const) : ("person" as const),
              at: decided.at,
              reason: decided.reason,
              override: decided.override,
            },
          }
        : {}),
    };
    return { application, vacancy: state.vacancy.definition, result, options };
  };

  /** The letter as it would be sent now (or was, once decided), in the request's language. */
  const download = (format: "html" | "pdf") => async (c: Context<AppEnv>) => {
    const user = c.get("user")!;
    const state = await loadVacancyState(store, user.organisationId, c.req.param("id") ?? "");
    const letter = await letterOf(state, c.req.param("applicationId") ?? "", c.get("language"));
    return documentDownload(
      c,
      letterContent(letter.vacancy, letter.result, letter.options),
      format,
      `letter-${applicationReference(letter.application.number)}`,
    );
  };

  return new Hono<AppEnv>()
    .post(
      "/vacancies/:id/applications/:applicationId/letter",
      authorize("manageCandidates"),
      validJson(letterSchema),
      async (c) => {
        const user = c.get("user")!;
        const { language } = c.req.valid("json");
        const state = await loadVacancyState(store, user.organisationId, c.req.param("id"));
        const letter = await letterOf(state, c.req.param("applicationId"), language);
        if (!state.decisions.has(letter.application.id))
          throw new AppError(409, "not-decided", "api.not-decided");
        const now = deps.now().toISOString();
        const html = explanationLetter(letter.vacancy, letter.result, letter.options);
        await store.saveLetter({
          organisationId: user.organisationId,
          applicationId: letter.application.id,
          language,
          html,
          sentBy: user.id,
          sentAt: now,
        });
        await store.appendScreeningLog([
          {
            organisationId: user.organisationId,
            vacancyId: state.vacancy.id,
            applicationId: letter.application.id,
            kind: "letter",
            vacancyVersion: state.vacancy.version,
            recommendation: letter.result.recommendation,
            score: letter.result.score,
            decision: null,
            override: false,
            reason: null,
            deciderId: user.id,
            at: now,
            details: { language },
          },
        ]);
        await logActivity(
          store,
          user,
          "letter.send",
          applicationReference(letter.application.number),
          new Date(now),
          {
            vacancyId: state.vacancy.id,
            language,
          },
        );
        const response: LetterResponse = { sentAt: now };
        return c.json(response, 201);
      },
    )
    .get(
      "/vacancies/:id/applications/:applicationId/letter.html",
      authorize("manageCandidates"),
      download("html"),
    )
    .get(
      "/vacancies/:id/applications/:applicationId/letter.pdf",
      authorize("manageCandidates"),
      download("pdf"),
    );
}
