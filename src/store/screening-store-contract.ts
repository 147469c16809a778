/**
 * The screening part of the Store contract (vacancies, applications, the decision log, letters,
 * monitoring), run against every engine like store-contract.ts.
 */
import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exampleVacancy } from "../core/screening/example-vacancy.ts";
import { storeKysely } from "./internal-store.ts";
import type { ApplicationInput, ScreeningLogInput, Store, StoredVacancy } from "./store.ts";

const T0 = Date.parse("2030-01-01T00:00:00.000Z");
const at = (minutes: number): string => new Date(T0 + minutes * 60_000).toISOString();

export function describeScreeningStore(label: string, open: () => Promise<Store>): void {
  describe(`${label}: screening`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await open();
    });
    afterAll(async () => {
      await store.close();
    });

    async function tenantWithVacancy(): Promise<{
      organisationId: string;
      userId: string;
      vacancy: StoredVacancy;
    }> {
      const organisation = await store.createOrganisation({ name: "Org", isDemo: false, now: at(0) });
      const user = await store.createUser({
        organisationId: organisation.id,
        email: `${randomUUID()}@example.org`,
        name: "Hanna HR",
        passwordHash: "x",
        role: "hr",
        now: at(0),
      });
      const vacancy = await store.createVacancy({
        organisationId: organisation.id,
        createdBy: user.id,
        publicToken: randomUUID(),
        status: "open",
        definition: exampleVacancy,
        preferentialPolicy: null,
        monitoring: { enabled: true, retentionDays: 30 },
        createdAt: at(1),
      });
      return { organisationId: organisation.id, userId: user.id, vacancy };
    }

    const application = (name: string, extra: Partial<ApplicationInput> = {}): ApplicationInput => ({
      organisationId: "ignored",
      vacancyId: "ignored",
      source: "entered",
      name,
      email: null,
      fields: { rijbewijs_b: "ja" },
      preferenceClaim: false,
      createdBy: null,
      statusTokenHash: null,
      ...extra,
    });

    it("creates, versions, finds and lists vacancies per organisation", async () => {
      const { organisationId, vacancy } = await tenantWithVacancy();
      expect(vacancy.version).toBe(1);
      expect(vacancy.definition).toEqual(exampleVacancy);
      const updated = await store.updateVacancy(organisationId, vacancy.id, {
        status: "closed",
        definition: { ...exampleVacancy, thresholds: { advance: 80, review: 40 } },
        preferentialPolicy: { enabled: true },
        monitoring: { enabled: false, retentionDays: 30 },
        now: at(5),
      });
      expect(updated?.version).toBe(2);
      expect(updated?.status).toBe("closed");
      expect(updated?.definition.thresholds.advance).toBe(80);
      expect(updated?.updatedAt).toBe(at(5));
      expect(await store.findVacancyByToken(vacancy.publicToken)).toEqual(updated);
      const other = await tenantWithVacancy();
      expect(await store.getVacancy(other.organisationId, vacancy.id)).toBeUndefined();
      expect(
        await store.updateVacancy(other.organisationId, vacancy.id, { ...updated!, now: at(6) }),
      ).toBeUndefined();
      const list = await store.listVacancies(organisationId);
      expect(list.map((v) => [v.id, v.applications, v.undecided])).toEqual([[vacancy.id, 0, 0]]);
    });

    it("numbers applications per vacancy, all or none, and counts the undecided", async () => {
      const { organisationId, userId, vacancy } = await tenantWithVacancy();
      const first = await store.createApplications(
        organisationId,
        vacancy.id,
        [application("A"), application("B")],
        at(2),
      );
      expect(first?.map((a) => [a.name, a.number, a.vacancyId, a.organisationId])).toEqual([
        ["A", 1, vacancy.id, organisationId],
        ["B", 2, vacancy.id, organisationId],
      ]);
      const again = await store.createApplications(organisationId, vacancy.id, [application("C")], at(3));
      expect(again?.[0]?.number).toBe(3);
      // Concurrent writers each get distinct numbers.
      await Promise.all(
        [1, 2, 3].map(() => store.createApplications(organisationId, vacancy.id, [application("P")], at(4))),
      );
      const numbers = (await store.listApplications(organisationId, vacancy.id)).map((a) => a.number);
      expect(numbers).toEqual([1, 2, 3, 4, 5, 6]);
      // A bad row refuses the whole batch.
      await expect(
        store.createApplications(
          organisationId,
          vacancy.id,
          [application("ok"), application("bad", { source: "fax" as never })],
          at(5),
        ),
      ).rejects.toThrow(RangeError);
      expect((await store.listApplications(organisationId, vacancy.id)).length).toBe(6);
      const other = await tenantWithVacancy();
      expect(
        await store.createApplications(other.organisationId, vacancy.id, [application("X")], at(5)),
      ).toBeUndefined();
      expect(await store.getApplication(other.organisationId, first![0]!.id)).toBeUndefined();

      await store.appendScreeningLog([decisionEntry(organisationId, vacancy.id, first![0]!.id, userId)]);
      const [listed] = await store.listVacancies(organisationId);
      expect([listed?.applications, listed?.undecided]).toEqual([6, 5]);
    });

    it("finds an application by its status token's hash only", async () => {
      const { organisationId, vacancy } = await tenantWithVacancy();
      const hash = randomUUID();
      const [created] = (await store.createApplications(
        organisationId,
        vacancy.id,
        [application("Form", { source: "form", statusTokenHash: hash, preferenceClaim: true })],
        at(2),
      ))!;
      const found = await store.findApplicationByStatusToken(hash);
      expect(found).toEqual(created);
      expect(found?.preferenceClaim).toBe(true);
      expect(await store.findApplicationByStatusToken("other")).toBeUndefined();
    });

    it("keeps the decision log in order, with decider names, and refuses to change it", async () => {
      const { organisationId, userId, vacancy } = await tenantWithVacancy();
      const [a] = (await store.createApplications(organisationId, vacancy.id, [application("A")], at(2)))!;
      await store.appendScreeningLog([
        {
          organisationId,
          vacancyId: vacancy.id,
          applicationId: a!.id,
          kind: "recommendation",
          vacancyVersion: 1,
          recommendation: "reject",
          score: 12.5,
          decision: null,
          override: false,
          reason: null,
          deciderId: null,
          at: at(3),
          details: { atypical: [] },
        },
        decisionEntry(organisationId, vacancy.id, a!.id, userId),
      ]);
      const log = await store.listScreeningLog(organisationId, { vacancyId: vacancy.id });
      expect(
        log.map((e) => [e.kind, e.recommendation, e.score, e.decision, e.override, e.deciderName]),
      ).toEqual([
        ["recommendation", "reject", 12.5, null, false, null],
        ["decision", null, null, "advance", true, "Hanna HR"],
      ]);
      expect(log[1]?.reason).toBe("Relevant experience abroad");
      expect(await store.listScreeningLog(organisationId)).toEqual(log);
      const other = await tenantWithVacancy();
      expect(await store.listScreeningLog(other.organisationId)).toEqual([]);
      const db = storeKysely(store);
      await expect(sql`update screening_log set decision = 'reject'`.execute(db)).rejects.toThrow(
        /append-only/,
      );
      await expect(sql`delete from screening_log`.execute(db)).rejects.toThrow(/append-only/);
      if (store.dialect === "postgres") {
        await expect(sql`truncate screening_log`.execute(db)).rejects.toThrow(/append-only/);
      }
      // A log entry cannot name another organisation's user (composite foreign key).
      await expect(
        store.appendScreeningLog([decisionEntry(other.organisationId, other.vacancy.id, null, userId)]),
      ).rejects.toThrow();
      expect((await store.listScreeningLog(organisationId)).length).toBe(2);
    });

    it("keeps letters as sent and returns the latest", async () => {
      const { organisationId, userId, vacancy } = await tenantWithVacancy();
      const [a] = (await store.createApplications(organisationId, vacancy.id, [application("A")], at(2)))!;
      expect(await store.latestLetter(organisationId, a!.id)).toBeUndefined();
      await store.saveLetter({
        organisationId,
        applicationId: a!.id,
        language: "nl",
        html: "<p>een</p>",
        sentBy: userId,
        sentAt: at(3),
      });
      await store.saveLetter({
        organisationId,
        applicationId: a!.id,
        language: "en",
        html: "<p>two</p>",
        sentBy: userId,
        sentAt: at(4),
      });
      const latest = await store.latestLetter(organisationId, a!.id);
      expect([latest?.language, latest?.html, latest?.sentAt]).toEqual(["en", "<p>two</p>", at(4)]);
      const other = await tenantWithVacancy();
      expect(await store.latestLetter(other.organisationId, a!.id)).toBeUndefined();
    });

    it("keeps monitoring answers apart, replaces, withdraws and expires them", async () => {
      const { organisationId, vacancy } = await tenantWithVacancy();
      const [a, b] = (await store.createApplications(
        organisationId,
        vacancy.id,
        [application("A"), application("B")],
        at(2),
      ))!;
      const record = (applicationId: string, deleteAfter: string, gender = "woman") => ({
        organisationId,
        vacancyId: vacancy.id,
        applicationId,
        answers: { gender, ageBand: "25-34", migrationBackground: "none", disability: "no" },
        consentVersion: "monitoring-consent/1",
        consentedAt: at(3),
        deleteAfter,
      });
      await store.saveMonitoring(record(a!.id, at(100)));
      await store.saveMonitoring(record(a!.id, at(100), "man")); // replaces
      await store.saveMonitoring(record(b!.id, at(50)));
      let rows = await store.monitoringForAggregates(organisationId, { vacancyId: vacancy.id });
      expect(rows.length).toBe(2);
      expect(rows.find((r) => r.applicationId === a!.id)?.answers.gender).toBe("man");
      expect(await store.monitoringDeleteAfter(a!.id)).toBe(at(100));
      expect(await store.deleteExpiredMonitoring(at(50))).toBe(1);
      rows = await store.monitoringForAggregates(organisationId);
      expect(rows.map((r) => r.applicationId)).toEqual([a!.id]);
      expect(await store.deleteMonitoring(a!.id)).toBe(true);
      expect(await store.deleteMonitoring(a!.id)).toBe(false);
      expect(await store.monitoringDeleteAfter(a!.id)).toBeUndefined();
      expect(await store.monitoringForAggregates(organisationId)).toEqual([]);
    });
  });
}

function decisionEntry(
  organisationId: string,
  vacancyId: string,
  applicationId: string | null,
  deciderId: string,
): ScreeningLogInput {
  return {
    organisationId,
    vacancyId,
    applicationId,
    kind: "decision",
    vacancyVersion: 1,
    recommendation: null,
    score: null,
    decision: "advance",
    override: true,
    reason: "Relevant experience abroad",
    deciderId,
    at: at(4),
    details: null,
  };
}
