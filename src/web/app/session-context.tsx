import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import type { SessionResponse, SessionUser } from "../../server/api-types.ts";
import { api, onSessionEnded } from "../api/client.ts";
import { requestFocusAfterNavigation } from "../components/focus-after-navigation.ts";

type SessionState =
  | { readonly status: "loading" }
  | { readonly status: "failed"; readonly error: unknown }
  | { readonly status: "ready"; readonly session: SessionResponse };

interface SessionContextValue {
  readonly state: SessionState;
  /** Replaces the session with the server's answer to a login, setup, demo or invitation. */
  readonly setSession: (session: SessionResponse) => void;
  readonly reload: () => void;
  readonly logout: () => Promise<void>;
}

const SessionContext = createContext<SessionContextValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: "loading" });

  const reload = useCallback(() => {
    setState({ status: "loading" });
    api.session().then(
      (session) => setState({ status: "ready", session }),
      (error: unknown) => setState({ status: "failed", error }),
    );
  }, []);

  useEffect(() => reload(), [reload]);

  useEffect(
    () =>
      onSessionEnded(() =>
        setState((s) =>
          s.status === "ready" && s.session.user
            ? { status: "ready", session: { ...s.session, user: null } }
            : s,
        ),
      ),
    [],
  );

  const logout = useCallback(async () => {
    await api.logout();
    requestFocusAfterNavigation();
    setState((s) => ({
      status: "ready",
      session: { user: null, setupNeeded: s.status === "ready" ? s.session.setupNeeded : false },
    }));
  }, []);

  const value = useMemo<SessionContextValue>(
    () => ({
      state,
      setSession: (session) => {
        requestFocusAfterNavigation(); // signed in: a new page replaces the form
        setState({ status: "ready", session });
      },
      reload,
      logout,
    }),
    [state, reload, logout],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error("useSession outside SessionProvider");
  return value;
}

/** The signed-in user; only for pages rendered behind the login. */
export function useUser(): SessionUser {
  const { state } = useSession();
  if (state.status !== "ready" || !state.session.user) throw new Error("useUser without a signed-in user");
  return state.session.user;
}
