/**
 * The Store contract against a real PostgreSQL (started by test-support/postgres-global-setup.ts), in a
 * database of its own so it cannot collide with other test files using the same server.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, inject } from "vitest";
import { describeAssessmentStore } from "./assessment-store-contract.ts";
import { openStore } from "./open-store.ts";
import { describeScreeningStore } from "./screening-store-contract.ts";
import { describeStore } from "./store-contract.ts";

const serverUrl = inject("databaseUrl");
const name = `aware_store_${randomBytes(6).toString("hex")}`;
const databaseUrl = Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString();

async function onServer(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

beforeAll(() => onServer(`CREATE DATABASE ${name}`));
afterAll(() => onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));

describeStore("the PostgreSQL store", () => openStore({ databaseUrl, dataDir: "unused-with-postgres" }));
describeScreeningStore("the PostgreSQL store", () =>
  openStore({ databaseUrl, dataDir: "unused-with-postgres" }),
);
describeAssessmentStore("the PostgreSQL store", () =>
  openStore({ databaseUrl, dataDir: "unused-with-postgres" }),
);
