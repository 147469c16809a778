import type { VacancyDetail } from "../../../server/api-types.ts";
import { useT } from "../../i18n/use-t.ts";
import { AddCandidateForm } from "./AddCandidateForm.tsx";
import { ImportCandidates } from "./ImportCandidates.tsx";

/** HR's way in for candidates who did not use the public form: one by hand, or a file of many. */
export function CandidatesSection({
  vacancy,
  onChange,
}: {
  readonly vacancy: VacancyDetail;
  readonly onChange: () => void;
}) {
  const { t } = useT();
  return (
    <>
      <h2>{t("candidates.title")}</h2>
      <p className="hint">{t("candidates.intro")}</p>
      <AddCandidateForm vacancy={vacancy} onAdded={onChange} />
      <ImportCandidates vacancyId={vacancy.id} onImported={onChange} />
    </>
  );
}
