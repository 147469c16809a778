import type { Kysely } from "kysely";
import { activityRepository } from "./activity-repository.ts";
import { applicationRepository } from "./application-repository.ts";
import { assessmentRepository } from "./assessment-repository.ts";
import { auditRepository } from "./audit-repository.ts";
import type { Database } from "./database.ts";
import type { InternalStore } from "./internal-store.ts";
import { invitationRepository } from "./invitation-repository.ts";
import { letterRepository } from "./letter-repository.ts";
import { loginFailureRepository } from "./login-failure-repository.ts";
import { monitoringRepository } from "./monitoring-repository.ts";
import { organisationRepository } from "./organisation-repository.ts";
import { screeningLogRepository } from "./screening-log-repository.ts";
import { sessionRepository } from "./session-repository.ts";
import type { Store } from "./store.ts";
import { uploadRepository } from "./upload-repository.ts";
import { userRepository } from "./user-repository.ts";
import { vacancyRepository } from "./vacancy-repository.ts";

/**
 * The Store over an open, migrated Kysely instance. The queries are the same on both engines; the
 * differences (drivers, pragmas, the append-only triggers) live in open-store.ts and migrations/.
 */
export function kyselyStore(db: Kysely<Database>, dialect: Store["dialect"]): Store {
  let closing: Promise<void> | undefined;
  const store: Store = {
    dialect,
    close() {
      closing ??= db.destroy();
      return closing;
    },
    ...organisationRepository(db),
    ...userRepository(db),
    ...invitationRepository(db),
    ...sessionRepository(db),
    ...loginFailureRepository(db),
    ...activityRepository(db),
    ...uploadRepository(db),
    ...auditRepository(db),
    ...vacancyRepository(db),
    ...applicationRepository(db),
    ...screeningLogRepository(db),
    ...letterRepository(db),
    ...monitoringRepository(db),
    ...assessmentRepository(db),
  };
  Object.defineProperty(store, "kysely", { value: db, enumerable: false } satisfies PropertyDescriptor);
  return store as InternalStore;
}
