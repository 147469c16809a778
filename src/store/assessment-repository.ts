import { randomUUID } from "node:crypto";
import { type Kysely, sql } from "kysely";
import type { Database } from "./database.ts";
import { isoTime } from "./iso-time.ts";
import { fromJsonText, toJsonText } from "./json-text.ts";
import type { Store, StoredAssessment } from "./store.ts";
import { StoreConflictError } from "./store-conflict-error.ts";
import { isUniqueViolation } from "./unique-violation.ts";

export type AssessmentRepository = Pick<
  Store,
  | "createAssessment"
  | "listAssessments"
  | "getAssessment"
  | "saveAssessmentVersion"
  | "getAssessmentVersion"
  | "listAssessmentVersions"
>;

/** Assessments and their append-only versions (migrations/0003-assessments.ts). */
export function assessmentRepository(db: Kysely<Database>): AssessmentRepository {
  /** Each assessment with its latest version's number, time and saver. */
  const withLatest = () =>
    db
      .selectFrom("assessments as a")
      .leftJoin("assessment_versions as v", (join) =>
        join
          .onRef("v.assessment_id", "=", "a.id")
          .on(
            "v.version",
            "=",
            sql<number>`(select max(m.version) from assessment_versions m where m.assessment_id = a.id)`,
          ),
      )
      .leftJoin("users as u", "u.id", "v.saved_by")
      .select([
        "a.id",
        "a.organisation_id",
        "a.title",
        "a.created_by",
        "a.created_at",
        "v.version",
        "v.saved_at",
        "u.name as saved_by_name",
      ]);
  const fromRow = (row: {
    id: string;
    organisation_id: string;
    title: string;
    created_by: string;
    created_at: string;
    version: number | string | null;
    saved_at: string | null;
    saved_by_name: string | null;
  }): StoredAssessment => ({
    id: row.id,
    organisationId: row.organisation_id,
    title: row.title,
    createdBy: row.created_by,
    createdAt: row.created_at,
    version: row.version === null ? 0 : Number(row.version),
    savedAt: row.saved_at,
    savedByName: row.saved_by_name,
  });

  return {
    async createAssessment(input) {
      const id = randomUUID();
      await db
        .insertInto("assessments")
        .values({
          id,
          organisation_id: input.organisationId,
          title: input.title,
          created_by: input.createdBy,
          created_at: isoTime(input.now, "now"),
        })
        .execute();
      return {
        id,
        organisationId: input.organisationId,
        title: input.title,
        createdBy: input.createdBy,
        createdAt: isoTime(input.now, "now"),
        version: 0,
        savedAt: null,
        savedByName: null,
      };
    },

    async listAssessments(organisationId) {
      const rows = await withLatest()
        .where("a.organisation_id", "=", organisationId)
        .orderBy("a.created_at", "desc")
        .orderBy("a.id")
        .execute();
      return rows.map(fromRow);
    },

    async getAssessment(organisationId, id) {
      const row = await withLatest()
        .where("a.organisation_id", "=", organisationId)
        .where("a.id", "=", id)
        .executeTakeFirst();
      return row ? fromRow(row) : undefined;
    },

    async saveAssessmentVersion(organisationId, id, input) {
      if (!Number.isSafeInteger(input.baseVersion) || input.baseVersion < 0) {
        throw new RangeError(`baseVersion must be a non-negative integer, got ${input.baseVersion}`);
      }
      const savedAt = isoTime(input.now, "now");
      try {
        return await db.transaction().execute(async (trx) => {
          const assessment = await trx
            .selectFrom("assessments")
            .select("id")
            .where("organisation_id", "=", organisationId)
            .where("id", "=", id)
            .executeTakeFirst();
          if (!assessment) return undefined;
          const latest = await trx
            .selectFrom("assessment_versions")
            .select((eb) => eb.fn.max("version").as("v"))
            .where("assessment_id", "=", id)
            .executeTakeFirst();
          if (Number(latest?.v ?? 0) !== input.baseVersion) throw new StoreConflictError("stale-version");
          const version = input.baseVersion + 1;
          await trx
            .insertInto("assessment_versions")
            .values({
              organisation_id: organisationId,
              assessment_id: id,
              version,
              questionnaire_version: input.questionnaireVersion,
              answers: toJsonText(input.answers, "answers"),
              saved_by: input.savedBy,
              saved_at: savedAt,
            })
            .execute();
          const saver = await trx
            .selectFrom("users")
            .select("name")
            .where("id", "=", input.savedBy)
            .executeTakeFirst();
          return {
            version,
            questionnaireVersion: input.questionnaireVersion,
            answers: input.answers,
            savedBy: input.savedBy,
            savedByName: saver?.name ?? null,
            savedAt,
          };
        });
      } catch (error) {
        // Two saves on the same base at once: the unique (assessment, version) key refuses the second.
        if (isUniqueViolation(error)) throw new StoreConflictError("stale-version");
        throw error;
      }
    },

    async getAssessmentVersion(organisationId, id, version) {
      let query = db
        .selectFrom("assessment_versions as v")
        .leftJoin("users as u", "u.id", "v.saved_by")
        .selectAll("v")
        .select("u.name as saved_by_name")
        .where("v.organisation_id", "=", organisationId)
        .where("v.assessment_id", "=", id);
      query =
        version === undefined ? query.orderBy("v.version", "desc") : query.where("v.version", "=", version);
      const row = await query.executeTakeFirst();
      return row
        ? {
            version: Number(row.version),
            questionnaireVersion: row.questionnaire_version,
            answers: fromJsonText<Record<string, unknown>>(row.answers),
            savedBy: row.saved_by,
            savedByName: row.saved_by_name,
            savedAt: row.saved_at,
          }
        : undefined;
    },

    async listAssessmentVersions(organisationId, id) {
      const rows = await db
        .selectFrom("assessment_versions as v")
        .leftJoin("users as u", "u.id", "v.saved_by")
        .select([
          "v.version",
          "v.questionnaire_version",
          "v.saved_by",
          "u.name as saved_by_name",
          "v.saved_at",
        ])
        .where("v.organisation_id", "=", organisationId)
        .where("v.assessment_id", "=", id)
        .orderBy("v.version", "desc")
        .execute();
      return rows.map((row) => ({
        version: Number(row.version),
        questionnaireVersion: row.questionnaire_version,
        savedBy: row.saved_by,
        savedByName: row.saved_by_name,
        savedAt: row.saved_at,
      }));
    },
  };
}
