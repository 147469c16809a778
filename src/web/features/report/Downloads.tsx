import { useState } from "react";
import type { Language } from "../../../core/i18n/language.ts";
import { REPORT_FORMATS, type ReportFormat, reportUrl } from "../../api/aware-api.ts";
import { SelectField } from "../../components/SelectField.tsx";
import type { UiKey } from "../../i18n/en.ts";
import { useT } from "../../i18n/use-t.ts";

const FORMAT_TEXT: Record<ReportFormat, { name: UiKey; use: UiKey }> = {
  pdf: { name: "downloads.pdf", use: "downloads.pdfUse" },
  html: { name: "downloads.html", use: "downloads.htmlUse" },
  csv: { name: "downloads.csv", use: "downloads.csvUse" },
  md: { name: "downloads.md", use: "downloads.mdUse" },
  json: { name: "downloads.json", use: "downloads.jsonUse" },
};

/** The saved report as files, in Dutch or English (the interface's language by default). */
export function Downloads({ auditId }: { readonly auditId: string }) {
  const { t, language } = useT();
  const [reportLanguage, setReportLanguage] = useState<Language>(language);
  return (
    <section id="downloads" aria-labelledby="downloads-heading" className="report-section">
      <h2 id="downloads-heading">{t("downloads.title")}</h2>
      <SelectField
        id="download-language"
        label={t("downloads.language")}
        value={reportLanguage}
        options={[
          { value: "nl", label: "Nederlands" },
          { value: "en", label: "English" },
        ]}
        onChange={(v) => setReportLanguage(v === "nl" ? "nl" : "en")}
      />
      <ul className="download-list">
        {REPORT_FORMATS.map((format) => (
          <li key={format}>
            <a href={reportUrl(auditId, format, reportLanguage)} download>
              {t(FORMAT_TEXT[format].name)}
            </a>{" "}
            <span className="hint">{t(FORMAT_TEXT[format].use)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
