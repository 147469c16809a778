import type { Language } from "../core/i18n/language.ts";
import type { Store, User } from "../store/store.ts";

/** What createApp needs; main.ts is the only place that builds these from the environment. */
export interface AppDeps {
  readonly store: Store;
  /** Uploaded decision logs live in `${dataDir}/uploads/<organisation>/<upload>`. */
  readonly dataDir: string;
  /** The clock: injected so tests can move time (session expiry, throttling). */
  readonly now: () => Date;
  /** The built web UI (dist/web), served with a fallback to index.html; none in API tests. */
  readonly staticDir?: string;
  /** Set the Secure flag on cookies (behind HTTPS). */
  readonly secureCookies: boolean;
  readonly version: string;
  /**
   * Whether anyone may create a new organisation from the welcome page. Default: only while the server
   * has no real organisation (the first visit); demo organisations do not count. AWARE_OPEN_REGISTRATION=1
   * opens it for a shared server that hosts many organisations.
   */
  readonly openRegistration?: boolean;
  /**
   * Behind one trusted reverse proxy (AWARE_TRUST_PROXY=1): throttling takes the client's address from
   * the last X-Forwarded-For entry instead of the socket, which would be the proxy's for everyone.
   */
  readonly trustProxy?: boolean;
  /** Largest upload accepted, in bytes. Default 2 GiB. */
  readonly maxUploadBytes?: number;
}

/** Per-request values set by middleware. */
export interface AppEnv {
  Variables: {
    user: User | undefined;
    sessionHash: string | undefined;
    language: Language;
  };
}
