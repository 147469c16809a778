import { currentLanguage } from "../i18n/i18n.ts";
import { createAwareApi } from "./aware-api.ts";
import { createHttpClient } from "./http-client.ts";

type Listener = () => void;
const sessionEndedListeners = new Set<Listener>();

/** Calls `listener` whenever the server says the session has ended; returns the unsubscribe. */
export function onSessionEnded(listener: Listener): () => void {
  sessionEndedListeners.add(listener);
  return () => sessionEndedListeners.delete(listener);
}

/** The API of the server that served this page. */
export const api = createAwareApi(
  createHttpClient({
    fetch: (input, init) => window.fetch(input, init),
    language: currentLanguage,
    cookies: () => document.cookie,
    onUnauthenticated: () => {
      for (const listener of sessionEndedListeners) listener();
    },
  }),
);
