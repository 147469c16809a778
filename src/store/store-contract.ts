/**
 * The Store contract as tests, run against every engine (sqlite-store.test.ts, postgres-store.test.ts)
 * so both implementations answer alike. `open` must open the same, initially empty, database each
 * time it is called.
 */
import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storeKysely } from "./internal-store.ts";
import type { Organisation, Role, Store, User } from "./store.ts";
import { StoreConflictError } from "./store-conflict-error.ts";

const T0 = Date.parse("2030-01-01T00:00:00.000Z");
/** A time `minutes` after T0, as the server would pass it. */
const at = (minutes: number): string => new Date(T0 + minutes * 60_000).toISOString();

export function describeStore(label: string, open: () => Promise<Store>): void {
  describe(label, () => {
    // First, while the database is still empty: the real test of concurrent migration.
    it("migrates an empty database when several processes open it at once", async () => {
      const stores = await Promise.all([open(), open(), open(), open()]);
      try {
        expect(await Promise.all(stores.map((s) => s.countOrganisations()))).toEqual([0, 0, 0, 0]);
      } finally {
        await Promise.all(stores.map((s) => s.close()));
      }
    });

    it("opens again after closing (migrations are idempotent) and keeps the data", async () => {
      const first = await open();
      const organisation = await first.createOrganisation({ name: "Kept", isDemo: false, now: at(0) });
      await first.close();
      await first.close(); // closing twice is harmless
      const second = await open();
      try {
        expect(await second.getOrganisation(organisation.id)).toEqual(organisation);
      } finally {
        await second.close();
      }
    });

    describe("with an open store", () => {
      let store: Store;
      beforeAll(async () => {
        store = await open();
      });
      afterAll(async () => {
        await store.close();
      });

      /** A fresh organisation with an admin, unique per call so tests do not see each other's rows. */
      async function tenant(role: Role = "admin"): Promise<{ organisation: Organisation; user: User }> {
        const organisation = await store.createOrganisation({ name: "Org", isDemo: false, now: at(0) });
        const user = await store.createUser({
          organisationId: organisation.id,
          email: `${randomUUID()}@example.org`,
          name: `User ${organisation.id.slice(0, 4)}`,
          passwordHash: "scrypt$hash",
          role,
          now: at(0),
        });
        return { organisation, user };
      }

      describe("organisations", () => {
        it("creates, reads and counts", async () => {
          const before = await store.countOrganisations();
          const created = await store.createOrganisation({ name: "Demo BV", isDemo: true, now: at(1) });
          expect(created).toEqual({ id: created.id, name: "Demo BV", isDemo: true, createdAt: at(1) });
          expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
          expect(await store.getOrganisation(created.id)).toEqual(created);
          expect(await store.getOrganisation(randomUUID())).toBeUndefined();
          expect(await store.countOrganisations()).toBe(before + 1);
          const real = await store.countOrganisations({ includeDemo: false });
          await store.createOrganisation({ name: "Demo", isDemo: true, now: "2026-01-01T00:00:00.000Z" });
          expect(await store.countOrganisations({ includeDemo: false })).toBe(real);
          expect(await store.countOrganisations()).toBe(before + 2);
        });

        it("stores times in canonical UTC and refuses what is not a time", async () => {
          const created = await store.createOrganisation({
            name: "Zone",
            isDemo: false,
            now: "2030-01-01T01:00:00+01:00",
          });
          expect(created.createdAt).toBe("2030-01-01T00:00:00.000Z");
          expect((await store.getOrganisation(created.id))?.createdAt).toBe("2030-01-01T00:00:00.000Z");
          await expect(
            store.createOrganisation({ name: "x", isDemo: false, now: "yesterday" }),
          ).rejects.toThrow(RangeError);
          await expect(
            store.createOrganisation({ name: "x", isDemo: false, now: "2030-01-01T00:00:00" }),
          ).rejects.toThrow(RangeError);
        });
      });

      describe("users", () => {
        it("creates a user and finds it by id and by email in any case", async () => {
          const { organisation } = await tenant();
          const email = `Ann.${randomUUID()}@Example.org`;
          const user = await store.createUser({
            organisationId: organisation.id,
            email,
            name: "Ann",
            passwordHash: "h",
            role: "hr",
            now: at(2),
          });
          expect(user).toEqual({
            id: user.id,
            organisationId: organisation.id,
            email,
            name: "Ann",
            passwordHash: "h",
            role: "hr",
            createdAt: at(2),
          });
          expect(await store.getUser(user.id)).toEqual(user);
          expect(await store.findUserByEmail(email.toUpperCase())).toEqual(user);
          expect(await store.findUserByEmail(email.toLowerCase())).toEqual(user);
          expect(await store.findUserByEmail(`nobody.${randomUUID()}@example.org`)).toBeUndefined();
          expect(await store.getUser(randomUUID())).toBeUndefined();
        });

        it("refuses an email taken in any case, in any organisation", async () => {
          const a = await tenant();
          const b = await tenant();
          const attempt = (organisationId: string, email: string) =>
            store.createUser({
              organisationId,
              email,
              name: "Bob",
              passwordHash: "h",
              role: "hr",
              now: at(0),
            });
          const taken = a.user.email.toUpperCase();
          await expect(attempt(a.organisation.id, taken)).rejects.toThrow(StoreConflictError);
          await expect(attempt(b.organisation.id, taken)).rejects.toMatchObject({ code: "email-taken" });
          expect(await store.listUsers(b.organisation.id)).toEqual([b.user]);
        });

        it("gives exactly one winner when two sign-ups race for one address", async () => {
          const { organisation } = await tenant();
          const email = `race.${randomUUID()}@example.org`;
          const results = await Promise.allSettled(
            [email, email.toUpperCase()].map((e) =>
              store.createUser({
                organisationId: organisation.id,
                email: e,
                name: "R",
                passwordHash: "h",
                role: "hr",
                now: at(0),
              }),
            ),
          );
          expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
        });

        it("refuses an unknown role", async () => {
          const { organisation, user } = await tenant();
          await expect(
            store.createUser({
              organisationId: organisation.id,
              email: `${randomUUID()}@example.org`,
              name: "X",
              passwordHash: "h",
              role: "owner" as Role,
              now: at(0),
            }),
          ).rejects.toThrow(RangeError);
          await expect(store.updateUserRole(organisation.id, user.id, "root" as Role)).rejects.toThrow(
            RangeError,
          );
        });

        it("lists, updates and counts only within the organisation", async () => {
          const a = await tenant();
          const b = await tenant();
          const reviewer = await store.createUser({
            organisationId: a.organisation.id,
            email: `${randomUUID()}@example.org`,
            name: "Rita",
            passwordHash: "h",
            role: "reviewer",
            now: at(5),
          });
          expect(await store.listUsers(a.organisation.id)).toEqual([a.user, reviewer]);
          expect(await store.countAdmins(a.organisation.id)).toBe(1);

          expect(await store.updateUserRole(b.organisation.id, reviewer.id, "admin")).toBeUndefined();
          expect((await store.getUser(reviewer.id))?.role).toBe("reviewer");
          expect(await store.countAdmins(a.organisation.id)).toBe(1);

          const promoted = await store.updateUserRole(a.organisation.id, reviewer.id, "admin");
          expect(promoted).toEqual({ ...reviewer, role: "admin" });
          expect(await store.countAdmins(a.organisation.id)).toBe(2);
          expect(await store.countAdmins(b.organisation.id)).toBe(1);
          expect(await store.listUsers(randomUUID())).toEqual([]);

          // A fresh account can be undone, only within its organisation, and not once it has history.
          const fresh = await store.createUser({
            organisationId: a.organisation.id,
            email: `${randomUUID()}@example.org`,
            name: "Fresh",
            passwordHash: "h",
            role: "hr",
            now: at(6),
          });
          expect(await store.deleteNewUser(b.organisation.id, fresh.id)).toBe(false);
          expect(await store.deleteNewUser(a.organisation.id, fresh.id)).toBe(true);
          expect(await store.getUser(fresh.id)).toBeUndefined();
          await store.appendActivity({
            organisationId: a.organisation.id,
            userId: reviewer.id,
            action: "login",
            subject: null,
            at: at(7),
          });
          expect(await store.deleteNewUser(a.organisation.id, reviewer.id)).toBe(false);
          expect(await store.getUser(reviewer.id)).toBeDefined();
        });
      });

      describe("invitations", () => {
        async function invite(expiresAt = at(60)) {
          const { organisation, user } = await tenant();
          const tokenHash = randomUUID();
          const invitation = await store.createInvitation({
            organisationId: organisation.id,
            tokenHash,
            role: "auditor",
            createdBy: user.id,
            now: at(0),
            expiresAt,
          });
          const invitee = await store.createUser({
            organisationId: organisation.id,
            email: `${randomUUID()}@example.org`,
            name: "Invitee",
            passwordHash: "h",
            role: "auditor",
            now: at(1),
          });
          return { organisation, user, tokenHash, invitation, invitee };
        }

        it("is found by its token hash", async () => {
          const { organisation, user, tokenHash, invitation } = await invite();
          expect(invitation).toEqual({
            id: invitation.id,
            organisationId: organisation.id,
            role: "auditor",
            createdBy: user.id,
            createdAt: at(0),
            expiresAt: at(60),
            usedAt: null,
            usedBy: null,
          });
          expect(await store.findInvitation(tokenHash)).toEqual(invitation);
          expect(await store.findInvitation(randomUUID())).toBeUndefined();
        });

        it("is single use", async () => {
          const { tokenHash, invitation, invitee } = await invite();
          expect(await store.useInvitation(tokenHash, invitee.id, at(10))).toBe(true);
          expect(await store.useInvitation(tokenHash, invitee.id, at(11))).toBe(false);
          expect(await store.findInvitation(tokenHash)).toEqual({
            ...invitation,
            usedAt: at(10),
            usedBy: invitee.id,
          });
          expect(await store.useInvitation(randomUUID(), invitee.id, at(10))).toBe(false);
        });

        it("is used once when two requests race", async () => {
          const { tokenHash, invitee } = await invite();
          const results = await Promise.all(
            [1, 2, 3].map(() => store.useInvitation(tokenHash, invitee.id, at(5))),
          );
          expect(results.filter(Boolean)).toHaveLength(1);
        });

        it("cannot be used at or after its expiry", async () => {
          const { tokenHash, invitee } = await invite(at(30));
          expect(await store.useInvitation(tokenHash, invitee.id, at(30))).toBe(false);
          expect(await store.useInvitation(tokenHash, invitee.id, at(45))).toBe(false);
          expect((await store.findInvitation(tokenHash))?.usedAt).toBeNull();
          expect(await store.useInvitation(tokenHash, invitee.id, at(29))).toBe(true);
        });

        it("cannot be used by a user of another organisation", async () => {
          const { tokenHash } = await invite();
          const other = await tenant();
          await expect(store.useInvitation(tokenHash, other.user.id, at(5))).rejects.toThrow();
          expect((await store.findInvitation(tokenHash))?.usedAt).toBeNull();
        });
      });

      describe("sessions", () => {
        it("finds a live session with its user, and not once it has expired", async () => {
          const { user } = await tenant();
          const idHash = randomUUID();
          const session = await store.createSession({
            idHash,
            userId: user.id,
            now: at(0),
            expiresAt: at(480),
          });
          expect(session).toEqual({ idHash, userId: user.id, createdAt: at(0), expiresAt: at(480) });
          expect(await store.findSession(idHash, at(479))).toEqual({ session, user });
          expect(await store.findSession(idHash, at(480))).toBeUndefined();
          expect(await store.findSession(randomUUID(), at(1))).toBeUndefined();
        });

        it("deletes one session, a user's sessions, and expired sessions", async () => {
          const { user } = await tenant();
          const other = await tenant();
          const make = (userId: string, expiresAt: string) =>
            store.createSession({ idHash: randomUUID(), userId, now: at(0), expiresAt });
          const one = await make(user.id, at(100));
          const two = await make(user.id, at(100));
          const theirs = await make(other.user.id, at(100));
          await store.deleteSession(one.idHash);
          expect(await store.findSession(one.idHash, at(1))).toBeUndefined();
          expect(await store.findSession(two.idHash, at(1))).toBeDefined();
          await store.deleteUserSessions(user.id);
          expect(await store.findSession(two.idHash, at(1))).toBeUndefined();
          expect(await store.findSession(theirs.idHash, at(1))).toBeDefined();

          const stale = await make(user.id, at(-10_000));
          await make(user.id, at(-10_001));
          const live = await make(user.id, at(10_000));
          expect(await store.deleteExpiredSessions(at(-9_000))).toBeGreaterThanOrEqual(2);
          expect(await store.findSession(stale.idHash, at(-20_000))).toBeUndefined();
          expect(await store.findSession(live.idHash, at(1))).toBeDefined();
          expect(await store.deleteExpiredSessions(at(-9_000))).toBe(0);
        });
      });

      describe("login failures", () => {
        it("counts failures within the window, per key, and clears them", async () => {
          const key = `ann.${randomUUID()}@example.org`;
          const other = `bob.${randomUUID()}@example.org`;
          for (const minute of [0, 5, 10, 14]) await store.recordLoginFailure(key, at(minute));
          await store.recordLoginFailure(other, at(10));
          expect(await store.countLoginFailures(key, at(5))).toBe(3);
          expect(await store.countLoginFailures(key, at(15))).toBe(0);
          expect(await store.countLoginFailures(key, at(-60))).toBe(4);
          await store.clearLoginFailures(key);
          expect(await store.countLoginFailures(key, at(-60))).toBe(0);
          expect(await store.countLoginFailures(other, at(-60))).toBe(1);
        });

        it("deletes records older than a time (they hold client addresses)", async () => {
          const key = `apply:${randomUUID()}:192.0.2.1`;
          for (const minute of [1000, 1030, 1090]) await store.recordLoginFailure(key, at(minute));
          expect(await store.deleteLoginFailuresBefore(at(1060))).toBeGreaterThanOrEqual(2);
          expect(await store.countLoginFailures(key, at(0))).toBe(1);
        });
      });

      describe("activity log", () => {
        it("lists newest first with the user's name, ties in the order appended, per organisation", async () => {
          const a = await tenant();
          const b = await tenant();
          const append = (action: string, minute: number, details?: Record<string, unknown>) =>
            store.appendActivity({
              organisationId: a.organisation.id,
              userId: a.user.id,
              action,
              subject: "subject",
              details,
              at: at(minute),
            });
          await append("first", 1, { n: 1, nested: { ok: true } });
          await append("second", 2);
          await append("third", 2);
          await store.appendActivity({
            organisationId: a.organisation.id,
            userId: null,
            action: "system",
            subject: null,
            at: at(3),
          });
          const entries = await store.listActivity(a.organisation.id);
          expect(entries.map((e) => e.action)).toEqual(["system", "third", "second", "first"]);
          expect(entries[3]).toEqual({
            id: entries[3]!.id,
            organisationId: a.organisation.id,
            userId: a.user.id,
            userName: a.user.name,
            action: "first",
            subject: "subject",
            details: { n: 1, nested: { ok: true } },
            at: at(1),
          });
          expect(entries[0]).toMatchObject({ userId: null, userName: null, subject: null, details: null });
          expect((await store.listActivity(a.organisation.id, { limit: 2 })).map((e) => e.action)).toEqual([
            "system",
            "third",
          ]);
          expect(await store.listActivity(b.organisation.id)).toEqual([]);
          await expect(store.listActivity(a.organisation.id, { limit: 0 })).rejects.toThrow(RangeError);
        });

        it("cannot name a user of another organisation", async () => {
          const a = await tenant();
          const b = await tenant();
          await expect(
            store.appendActivity({
              organisationId: b.organisation.id,
              userId: a.user.id,
              action: "x",
              subject: null,
              at: at(0),
            }),
          ).rejects.toThrow();
        });

        it("is refused UPDATE and DELETE by the database itself", async () => {
          const { organisation, user } = await tenant();
          await store.appendActivity({
            organisationId: organisation.id,
            userId: user.id,
            action: "evidence",
            subject: null,
            at: at(0),
          });
          const db = storeKysely(store);
          await expect(sql`update activity set action = 'forged'`.execute(db)).rejects.toThrow(/append-only/);
          await expect(
            db
              .updateTable("activity")
              .set({ action: "forged" })
              .where("organisation_id", "=", organisation.id)
              .execute(),
          ).rejects.toThrow(/append-only/);
          await expect(sql`delete from activity`.execute(db)).rejects.toThrow(/append-only/);
          await expect(
            db.deleteFrom("activity").where("organisation_id", "=", organisation.id).execute(),
          ).rejects.toThrow(/append-only/);
          if (store.dialect === "postgres") {
            await expect(sql`truncate activity`.execute(db)).rejects.toThrow(/append-only/);
          }
          const entries = await store.listActivity(organisation.id);
          expect(entries.map((e) => e.action)).toEqual(["evidence"]);
        });

        it("is not exposed as an enumerable property of the store", () => {
          expect(Object.keys(store)).not.toContain("kysely");
        });
      });

      describe("uploads and saved audits", () => {
        async function upload(organisationId: string, createdBy: string, minute: number) {
          return store.createUpload({
            organisationId,
            createdBy,
            filename: `decisions-${minute}.csv`,
            path: `/data/uploads/${randomUUID()}.csv`,
            bytes: 5_000_000_000, // above 2^32: BIGINT comes back as a number
            sha256: "ab".repeat(32),
            format: "csv",
            columns: ["selected", "gender"],
            guess: { outcome: "selected", protected: ["gender"] },
            createdAt: at(minute),
          });
        }

        function audit(organisationId: string, createdBy: string, uploadId: string | null, minute: number) {
          return store.createAudit({
            organisationId,
            createdBy,
            uploadId,
            filename: "decisions.csv",
            title: `Audit ${minute}`,
            request: { columns: { outcome: "selected" } },
            document: { format: "aware.audit/1", report: { groups: [] } },
            rows: 1200,
            findings: [{ kind: "belowFourFifths", group: "F" }],
            createdAt: at(minute),
          });
        }

        it("keeps uploads per organisation, newest first", async () => {
          const a = await tenant();
          const b = await tenant();
          const older = await upload(a.organisation.id, a.user.id, 1);
          const newer = await upload(a.organisation.id, a.user.id, 2);
          expect(newer.bytes).toBe(5_000_000_000);
          expect(await store.getUpload(a.organisation.id, older.id)).toEqual(older);
          expect(await store.listUploads(a.organisation.id)).toEqual([newer, older]);

          expect(await store.getUpload(b.organisation.id, older.id)).toBeUndefined();
          expect(await store.listUploads(b.organisation.id)).toEqual([]);
          expect(await store.deleteUpload(b.organisation.id, older.id)).toBeUndefined();
          expect(await store.getUpload(a.organisation.id, older.id)).toEqual(older);

          expect(await store.deleteUpload(a.organisation.id, older.id)).toEqual(older);
          expect(await store.deleteUpload(a.organisation.id, older.id)).toBeUndefined();
          expect(await store.listUploads(a.organisation.id)).toEqual([newer]);
        });

        it("refuses an upload or audit made by another organisation's user", async () => {
          const a = await tenant();
          const b = await tenant();
          await expect(upload(b.organisation.id, a.user.id, 1)).rejects.toThrow();
          await expect(audit(b.organisation.id, a.user.id, null, 1)).rejects.toThrow();
          expect(await store.listUploads(b.organisation.id)).toEqual([]);
          expect(await store.listAudits(b.organisation.id)).toEqual([]);
        });

        it("keeps audits per organisation, newest first, lists them without document and request", async () => {
          const a = await tenant();
          const b = await tenant();
          const file = await upload(a.organisation.id, a.user.id, 1);
          const first = await audit(a.organisation.id, a.user.id, file.id, 2);
          const second = await audit(a.organisation.id, a.user.id, null, 3);
          expect(first).toMatchObject({ uploadId: file.id, createdByName: a.user.name, rows: 1200 });
          expect(await store.getAudit(a.organisation.id, first.id)).toEqual(first);

          const list = await store.listAudits(a.organisation.id);
          expect(list.map((s) => s.id)).toEqual([second.id, first.id]);
          const { document: _d, request: _r, ...summary } = first;
          expect(list[1]).toEqual(summary);
          expect(list[1]).not.toHaveProperty("document");

          const text = await store.getAuditDocumentText(a.organisation.id, first.id);
          expect(text?.summary).toEqual(summary);
          expect(JSON.parse(text?.document ?? "null")).toEqual(first.document);

          expect(await store.getAudit(b.organisation.id, first.id)).toBeUndefined();
          expect(await store.getAuditDocumentText(b.organisation.id, first.id)).toBeUndefined();
          expect(await store.listAudits(b.organisation.id)).toEqual([]);
          expect(await store.deleteAudit(b.organisation.id, first.id)).toBe(false);
          expect(await store.getAudit(a.organisation.id, first.id)).toEqual(first);

          expect(await store.deleteAudit(a.organisation.id, first.id)).toBe(true);
          expect(await store.deleteAudit(a.organisation.id, first.id)).toBe(false);
          expect(await store.getAudit(a.organisation.id, first.id)).toBeUndefined();
        });

        it("does not link an audit to another organisation's upload", async () => {
          const a = await tenant();
          const b = await tenant();
          const theirs = await upload(a.organisation.id, a.user.id, 1);
          const mine = await audit(b.organisation.id, b.user.id, theirs.id, 2);
          expect(mine.uploadId).toBeNull();
          expect((await store.getAudit(b.organisation.id, mine.id))?.uploadId).toBeNull();
        });

        it("keeps an audit's figures with uploadId null when its upload is deleted", async () => {
          const { organisation, user } = await tenant();
          const file = await upload(organisation.id, user.id, 1);
          const made = await audit(organisation.id, user.id, file.id, 2);
          expect(await store.deleteUpload(organisation.id, file.id)).toEqual(file);
          expect(await store.getAudit(organisation.id, made.id)).toEqual({ ...made, uploadId: null });
        });

        it("round-trips a document of several megabytes, keys in the order written", async () => {
          const { organisation, user } = await tenant();
          const document = {
            zeta: "first key",
            alpha: "second key",
            rows: Array.from({ length: 30_000 }, (_, i) => ({
              z: i,
              group: `g${i % 7}`,
              rate: i / 30_000,
              note: "ë€✓ ".repeat(20),
            })),
          };
          const made = await store.createAudit({
            organisationId: organisation.id,
            createdBy: user.id,
            uploadId: null,
            filename: "big.csv",
            title: "Big",
            request: { big: true },
            document,
            rows: 30_000,
            findings: [],
            createdAt: at(0),
          });
          const text = JSON.stringify(document);
          expect(text.length).toBeGreaterThan(2_000_000);
          const read = await store.getAudit(organisation.id, made.id);
          expect(JSON.stringify(read?.document)).toBe(text);
        });
      });
    });
  });
}
