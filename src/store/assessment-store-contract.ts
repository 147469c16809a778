/** The assessment part of the Store contract, run against every engine like store-contract.ts. */
import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storeKysely } from "./internal-store.ts";
import type { Store } from "./store.ts";
import { StoreConflictError } from "./store-conflict-error.ts";

const T0 = Date.parse("2030-01-01T00:00:00.000Z");
const at = (minutes: number): string => new Date(T0 + minutes * 60_000).toISOString();

export function describeAssessmentStore(label: string, open: () => Promise<Store>): void {
  describe(`${label}: assessments`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await open();
    });
    afterAll(async () => {
      await store.close();
    });

    async function tenant() {
      const organisation = await store.createOrganisation({ name: "Org", isDemo: false, now: at(0) });
      const user = await store.createUser({
        organisationId: organisation.id,
        email: `${randomUUID()}@example.org`,
        name: "Ida",
        passwordHash: "x",
        role: "hr",
        now: at(0),
      });
      return { organisationId: organisation.id, userId: user.id };
    }

    it("creates an assessment, saves versions in order and reads any of them", async () => {
      const { organisationId, userId } = await tenant();
      const a = await store.createAssessment({
        organisationId,
        title: "CV-screener",
        createdBy: userId,
        now: at(1),
      });
      expect(a).toMatchObject({ title: "CV-screener", version: 0, savedAt: null });
      const save = (baseVersion: number, value: string, minute: number) =>
        store.saveAssessmentVersion(organisationId, a.id, {
          baseVersion,
          questionnaireVersion: "assessment/1",
          answers: { "deployer-logs": { value } },
          savedBy: userId,
          now: at(minute),
        });
      expect((await save(0, "no", 2))?.version).toBe(1);
      expect((await save(1, "yes", 3))?.version).toBe(2);
      const got = await store.getAssessment(organisationId, a.id);
      expect(got).toMatchObject({ version: 2, savedAt: at(3), savedByName: "Ida" });
      expect((await store.getAssessmentVersion(organisationId, a.id))?.answers).toEqual({
        "deployer-logs": { value: "yes" },
      });
      expect((await store.getAssessmentVersion(organisationId, a.id, 1))?.answers).toEqual({
        "deployer-logs": { value: "no" },
      });
      expect((await store.listAssessmentVersions(organisationId, a.id)).map((v) => v.version)).toEqual([
        2, 1,
      ]);
      expect((await store.listAssessments(organisationId)).map((x) => [x.id, x.version])).toEqual([
        [a.id, 2],
      ]);
    });

    it("refuses a save on a stale version, also when two race", async () => {
      const { organisationId, userId } = await tenant();
      const a = await store.createAssessment({ organisationId, title: "T", createdBy: userId, now: at(1) });
      const save = () =>
        store.saveAssessmentVersion(organisationId, a.id, {
          baseVersion: 0,
          questionnaireVersion: "assessment/1",
          answers: {},
          savedBy: userId,
          now: at(2),
        });
      const results = await Promise.allSettled([save(), save(), save()]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      for (const r of results.filter((x) => x.status === "rejected")) {
        expect((r as PromiseRejectedResult).reason).toBeInstanceOf(StoreConflictError);
      }
      await expect(save()).rejects.toMatchObject({ code: "stale-version" });
    });

    it("keeps assessments per organisation and versions append-only", async () => {
      const { organisationId, userId } = await tenant();
      const other = await tenant();
      const a = await store.createAssessment({ organisationId, title: "T", createdBy: userId, now: at(1) });
      await store.saveAssessmentVersion(organisationId, a.id, {
        baseVersion: 0,
        questionnaireVersion: "assessment/1",
        answers: {},
        savedBy: userId,
        now: at(2),
      });
      expect(await store.getAssessment(other.organisationId, a.id)).toBeUndefined();
      expect(await store.getAssessmentVersion(other.organisationId, a.id)).toBeUndefined();
      expect(
        await store.saveAssessmentVersion(other.organisationId, a.id, {
          baseVersion: 1,
          questionnaireVersion: "assessment/1",
          answers: {},
          savedBy: other.userId,
          now: at(3),
        }),
      ).toBeUndefined();
      const db = storeKysely(store);
      await expect(sql`update assessment_versions set answers = '{}'`.execute(db)).rejects.toThrow(
        /append-only/,
      );
      await expect(sql`delete from assessment_versions`.execute(db)).rejects.toThrow(/append-only/);
    });
  });
}
