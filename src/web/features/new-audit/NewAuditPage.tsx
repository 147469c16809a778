import { useState } from "react";
import type { UploadSummary } from "../../../server/api-types.ts";
import { PageTitle } from "../../components/PageTitle.tsx";
import { useT } from "../../i18n/use-t.ts";
import { MappingStep } from "./MappingStep.tsx";
import { UploadStep } from "./UploadStep.tsx";

/** A new audit in two steps: a decision log, then its columns and the options; then the report. */
export function NewAuditPage() {
  const { t } = useT();
  const [upload, setUpload] = useState<UploadSummary | null>(null);
  const chooseUpload = (u: UploadSummary | null) => {
    setUpload(u);
    requestAnimationFrame(() => document.querySelector<HTMLElement>("main h2")?.focus());
  };
  return (
    <>
      <PageTitle title={t("newAudit.title")}>{t("newAudit.title")}</PageTitle>
      <ol className="steps" aria-label={t("newAudit.steps")}>
        <li aria-current={upload ? undefined : "step"}>{t("newAudit.step1")}</li>
        <li aria-current={upload ? "step" : undefined}>{t("newAudit.step2")}</li>
        <li>{t("newAudit.step3")}</li>
      </ol>
      {upload ? (
        <MappingStep key={upload.id} upload={upload} onBack={() => chooseUpload(null)} />
      ) : (
        <UploadStep onUploaded={chooseUpload} />
      )}
    </>
  );
}
