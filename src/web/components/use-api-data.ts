import { type DependencyList, useCallback, useEffect, useRef, useState } from "react";

export type ApiData<T> =
  | { readonly status: "loading" }
  | { readonly status: "failed"; readonly error: unknown }
  | { readonly status: "ready"; readonly data: T };

/**
 * Loads data when the dependencies change (showing "loading" meanwhile); `reload` fetches it again
 * and keeps the old data on screen until the new arrives; `update` changes the data in place.
 */
export function useApiData<T>(
  load: () => Promise<T>,
  deps: DependencyList,
): [ApiData<T>, () => void, (update: (data: T) => T) => void] {
  const [state, setState] = useState<ApiData<T>>({ status: "loading" });
  const [generation, setGeneration] = useState(0);
  const depsKey = JSON.stringify(deps);
  const previousKey = useRef(depsKey);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `load` is new on every render; depsKey decides
  useEffect(() => {
    let live = true;
    if (previousKey.current !== depsKey) {
      previousKey.current = depsKey;
      setState({ status: "loading" });
    }
    load().then(
      (data) => live && setState({ status: "ready", data }),
      (error: unknown) => live && setState({ status: "failed", error }),
    );
    return () => {
      live = false;
    };
  }, [depsKey, generation]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  const update = useCallback(
    (f: (data: T) => T) => setState((s) => (s.status === "ready" ? { status: "ready", data: f(s.data) } : s)),
    [],
  );
  return [state, reload, update];
}
