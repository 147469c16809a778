/**
 * The store's Kysely instance, for tests and maintenance scripts only (raw SQL such as checking that
 * the activity log refuses UPDATE). It is a non-enumerable property so it does not show up when a
 * store is logged or spread, and it is not part of the Store contract the server codes against.
 */
import type { Kysely } from "kysely";
import type { Database } from "./database.ts";
import type { Store } from "./store.ts";

export interface InternalStore extends Store {
  readonly kysely: Kysely<Database>;
}

export function storeKysely(store: Store): Kysely<Database> {
  const kysely = (store as Partial<InternalStore>).kysely;
  if (!kysely) throw new TypeError("not a store made by openStore");
  return kysely;
}
