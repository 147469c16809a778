import { type Context, Hono } from "hono";
import { type Answers, CHOICE_ANSWERS } from "../../core/assessment/assessment-model.ts";
import { ASSESSMENT_QUESTIONNAIRE, QUESTIONS_BY_ID } from "../../core/assessment/assessment-questions.ts";
import { assessmentReport } from "../../core/assessment/assessment-report.ts";
import { evaluateAssessment } from "../../core/assessment/evaluate-assessment.ts";
import type { Language } from "../../core/i18n/language.ts";
import { StoreConflictError, type StoredAssessment } from "../../store/store.ts";
import { logActivity } from "../activity.ts";
import { validJson } from "../api-schemas.ts";
import type { AssessmentDetail, AssessmentSummary } from "../api-types.ts";
import type { AppDeps, AppEnv } from "../app-env.ts";
import { AppError, notFound } from "../app-error.ts";
import { assessmentCreateSchema, assessmentSaveSchema } from "../assessments/assessment-schemas.ts";
import { authorize } from "../auth/authorize.ts";
import { documentDownload } from "../document-download.ts";

const summaryOf = (a: StoredAssessment, answers: Answers): AssessmentSummary => {
  const evaluation = evaluateAssessment(ASSESSMENT_QUESTIONNAIRE, answers);
  return {
    id: a.id,
    title: a.title,
    createdAt: a.createdAt,
    version: a.version,
    savedAt: a.savedAt,
    savedBy: a.savedByName,
    classification: evaluation.classification,
    openActions: evaluation.actions.length,
    answered: evaluation.answered,
    shown: evaluation.shown,
  };
};

/** The before-deployment assessment: the questionnaire, assessments, versioned answers, the report. */
export function assessmentRoutes(deps: AppDeps) {
  const { store } = deps;

  const load = async (organisationId: string, id: string, versionParam: string | undefined) => {
    const assessment = await store.getAssessment(organisationId, id);
    if (!assessment) throw notFound();
    const asked = versionParam === undefined ? undefined : Number(versionParam);
    if (asked !== undefined && !(Number.isSafeInteger(asked) && asked >= 1)) {
      throw new AppError(
        400,
        "invalid-input",
        "api.invalid-input",
        { field: "version", detail: "a version number" },
        "version",
      );
    }
    const version = await store.getAssessmentVersion(organisationId, id, asked);
    if (asked !== undefined && !version) throw notFound();
    return { assessment, version, answers: (version?.answers ?? {}) as Answers };
  };

  const detailOf = async (
    organisationId: string,
    id: string,
    versionParam?: string,
  ): Promise<AssessmentDetail> => {
    const { assessment, version, answers } = await load(organisationId, id, versionParam);
    const versions = await store.listAssessmentVersions(organisationId, id);
    const latest = (await store.getAssessmentVersion(organisationId, id))?.answers ?? {};
    return {
      ...summaryOf(assessment, latest as Answers),
      shownVersion: version?.version ?? 0,
      answers,
      evaluation: evaluateAssessment(ASSESSMENT_QUESTIONNAIRE, answers),
      versions: versions.map((v) => ({ version: v.version, savedAt: v.savedAt, savedBy: v.savedByName })),
    };
  };

  /** Refuses answers the questionnaire cannot hold, naming the question; checks audit evidence exists. */
  const checkAnswers = async (organisationId: string, answers: Answers, language: Language) => {
    for (const [id, answer] of Object.entries(answers)) {
      const question = QUESTIONS_BY_ID.get(id);
      if (!question)
        throw new AppError(
          422,
          "unknown-question",
          "api.unknown-question",
          { question: id },
          `answers.${id}`,
        );
      if (question.kind !== "text" && !(CHOICE_ANSWERS as readonly string[]).includes(answer.value)) {
        throw new AppError(
          422,
          "invalid-answer",
          "api.invalid-answer",
          { question: question.text[language], allowed: CHOICE_ANSWERS.join(", ") },
          `answers.${id}`,
        );
      }
      for (const evidence of answer.evidence ?? []) {
        if (evidence.kind === "audit" && !(await store.getAudit(organisationId, evidence.ref))) {
          throw new AppError(
            422,
            "unknown-evidence",
            "api.unknown-evidence",
            { question: question.text[language] },
            `answers.${id}.evidence`,
          );
        }
      }
    }
  };

  const report = async (
    organisationId: string,
    id: string,
    versionParam: string | undefined,
    language: Language,
  ) => {
    const { assessment, version, answers } = await load(organisationId, id, versionParam);
    const organisation = await store.getOrganisation(organisationId);
    return assessmentReport(
      ASSESSMENT_QUESTIONNAIRE,
      answers,
      evaluateAssessment(ASSESSMENT_QUESTIONNAIRE, answers),
      {
        language,
        organisation: organisation?.name ?? "",
        title: assessment.title,
        version: version?.version ?? 0,
        savedAt: version?.savedAt ?? null,
        savedBy: version?.savedByName ?? null,
      },
    );
  };
  const fileName = (title: string) =>
    `assessment-${
      title
        .normalize("NFKD")
        .replace(/[^A-Za-z0-9._-]+/g, "-")
        .slice(0, 60) || "report"
    }`;

  /** The report of the version asked for (the latest by default), in the request's language. */
  const download = (format: "html" | "pdf") => async (c: Context<AppEnv>) => {
    const user = c.get("user")!;
    const id = c.req.param("id") ?? "";
    const content = await report(user.organisationId, id, c.req.query("version"), c.get("language"));
    return documentDownload(c, content, format, fileName(content.title));
  };

  return new Hono<AppEnv>()
    .get("/assessments/questionnaire", authorize("viewAssessments"), (c) => c.json(ASSESSMENT_QUESTIONNAIRE))
    .get("/assessments", authorize("viewAssessments"), async (c) => {
      const user = c.get("user")!;
      const list = await store.listAssessments(user.organisationId);
      const summaries = await Promise.all(
        list.map(async (a) =>
          summaryOf(
            a,
            ((await store.getAssessmentVersion(user.organisationId, a.id))?.answers ?? {}) as Answers,
          ),
        ),
      );
      return c.json(summaries);
    })
    .post("/assessments", authorize("manageAssessments"), validJson(assessmentCreateSchema), async (c) => {
      const user = c.get("user")!;
      const now = deps.now();
      const created = await store.createAssessment({
        organisationId: user.organisationId,
        title: c.req.valid("json").title,
        createdBy: user.id,
        now: now.toISOString(),
      });
      await logActivity(store, user, "assessment.create", created.title, now, { assessmentId: created.id });
      return c.json(await detailOf(user.organisationId, created.id), 201);
    })
    .get("/assessments/:id", authorize("viewAssessments"), async (c) => {
      const user = c.get("user")!;
      return c.json(await detailOf(user.organisationId, c.req.param("id"), c.req.query("version")));
    })
    .put(
      "/assessments/:id/answers",
      authorize("manageAssessments"),
      validJson(assessmentSaveSchema),
      async (c) => {
        const user = c.get("user")!;
        const body = c.req.valid("json");
        const answers = body.answers as Answers;
        await checkAnswers(user.organisationId, answers, c.get("language"));
        const now = deps.now();
        try {
          const saved = await store.saveAssessmentVersion(user.organisationId, c.req.param("id"), {
            baseVersion: body.baseVersion,
            questionnaireVersion: ASSESSMENT_QUESTIONNAIRE.version,
            answers: answers as Record<string, unknown>,
            savedBy: user.id,
            now: now.toISOString(),
          });
          if (!saved) throw notFound();
          await logActivity(store, user, "assessment.save", c.req.param("id"), now, {
            version: saved.version,
          });
        } catch (error) {
          if (error instanceof StoreConflictError && error.code === "stale-version") {
            const current = await store.getAssessment(user.organisationId, c.req.param("id"));
            throw new AppError(409, "stale-version", "api.stale-version", { version: current?.version ?? 0 });
          }
          throw error;
        }
        return c.json(await detailOf(user.organisationId, c.req.param("id")));
      },
    )
    .get("/assessments/:id/report.html", authorize("viewAssessments"), download("html"))
    .get("/assessments/:id/report.pdf", authorize("viewAssessments"), download("pdf"));
}
