import { useEffect, useState } from "react";
import { api } from "../../api/client.ts";
import { useT } from "../../i18n/use-t.ts";
import type { EvidenceSources } from "./evidence-options.ts";

const NONE: EvidenceSources = { audits: null, vacancies: null };

/**
 * The saved audits and vacancies an editor can link as evidence; a list that cannot be read (no
 * permission, a network error) is simply not offered, since a document by name always works.
 */
export function useEvidenceSources(enabled: boolean): EvidenceSources {
  const { language } = useT();
  const [sources, setSources] = useState<EvidenceSources>(NONE);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    void Promise.allSettled([api.audits(), api.vacancies()]).then(([audits, vacancies]) => {
      if (!live) return;
      setSources({
        audits:
          audits.status === "fulfilled" ? audits.value.map((a) => ({ id: a.id, title: a.title })) : null,
        vacancies:
          vacancies.status === "fulfilled"
            ? vacancies.value.map((v) => ({ id: v.id, title: v.title[language] }))
            : null,
      });
    });
    return () => {
      live = false;
    };
  }, [enabled, language]);
  return enabled ? sources : NONE;
}
