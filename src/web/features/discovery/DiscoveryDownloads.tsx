import { useState } from "react";
import { type DiscoveryDocument, discoveryJson } from "../../../core/discovery/discovery-document.ts";
import { renderDiscoveryHtml } from "../../../core/discovery/render-discovery-html.ts";
import { renderDiscoveryMarkdown } from "../../../core/discovery/render-discovery-markdown.ts";
import type { Language } from "../../../core/i18n/language.ts";
import { SelectField } from "../../components/SelectField.tsx";
import type { UiKey } from "../../i18n/en.ts";
import { useT } from "../../i18n/use-t.ts";
import { reportFileName, saveFile } from "./save-file.ts";

type Format = "html" | "md" | "json";

const FORMATS: readonly { format: Format; name: UiKey; use: UiKey; type: string }[] = [
  { format: "html", name: "downloads.html", use: "discovery.downloads.htmlUse", type: "text/html" },
  { format: "md", name: "downloads.md", use: "downloads.mdUse", type: "text/markdown" },
  { format: "json", name: "downloads.json", use: "discovery.downloads.jsonUse", type: "application/json" },
];

const render = (format: Format, language: Language, doc: DiscoveryDocument): string =>
  format === "html"
    ? renderDiscoveryHtml(language, doc)
    : format === "md"
      ? renderDiscoveryMarkdown(language, doc)
      : discoveryJson(doc);

/**
 * The report as files, made in the browser from the answer (the server keeps no copy): HTML and
 * Markdown in Dutch or English (the interface's language by default), and the JSON document.
 */
export function DiscoveryDownloads({ doc }: { readonly doc: DiscoveryDocument }) {
  const { t, language } = useT();
  const [reportLanguage, setReportLanguage] = useState<Language>(language);
  return (
    <section
      id="discovery-downloads"
      aria-labelledby="discovery-downloads-heading"
      className="report-section"
    >
      <h2 id="discovery-downloads-heading">{t("downloads.title")}</h2>
      <SelectField
        id="discovery-download-language"
        label={t("downloads.language")}
        value={reportLanguage}
        options={[
          { value: "nl", label: "Nederlands" },
          { value: "en", label: "English" },
        ]}
        onChange={(v) => setReportLanguage(v === "nl" ? "nl" : "en")}
      />
      <ul className="download-list">
        {FORMATS.map(({ format, name, use, type }) => (
          <li key={format}>
            <button
              type="button"
              className="link-button"
              onClick={() =>
                saveFile(
                  reportFileName(doc.provenance.input, format),
                  render(format, reportLanguage, doc),
                  `${type}; charset=utf-8`,
                )
              }
            >
              {t(name)}
            </button>{" "}
            <span className="hint">{t(use)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
