import { useState } from "react";
import type { Language } from "../../../core/i18n/language.ts";
import type { ApplicationReviewItem } from "../../../server/api-types.ts";
import { api } from "../../api/client.ts";
import { letterUrl } from "../../api/screening-api.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { SelectField } from "../../components/SelectField.tsx";
import { formatDateTime } from "../../i18n/format-date-time.ts";
import { useT } from "../../i18n/use-t.ts";

/** The explanation letter of a decided candidate: send it (to the status page) or download it. */
export function LetterPanel({
  vacancyId,
  item,
  onDone,
}: {
  readonly vacancyId: string;
  readonly item: ApplicationReviewItem;
  readonly onDone: () => void;
}) {
  const { t, language } = useT();
  const [letterLanguage, setLetterLanguage] = useState<Language>(language);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [sentAt, setSentAt] = useState<string | null>(item.letterSentAt);
  const send = async () => {
    setBusy(true);
    setError(null);
    try {
      const response = await api.sendLetter(vacancyId, item.id, { language: letterLanguage });
      setSentAt(response.sentAt);
      onDone();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="letter-panel">
      <h4>{t("letter.title")}</h4>
      <p className="hint">{t("letter.intro")}</p>
      <SelectField
        id={`letter-language-${item.id}`}
        label={t("letter.language")}
        value={letterLanguage}
        options={[
          { value: "nl", label: "Nederlands" },
          { value: "en", label: "English" },
        ]}
        onChange={(v) => setLetterLanguage(v === "nl" ? "nl" : "en")}
      />
      <div className="actions">
        <button type="button" className="button button-primary" onClick={send} disabled={busy}>
          {busy ? t("common.busy") : t("letter.send", { reference: item.reference })}
        </button>
        <a className="button" href={letterUrl(vacancyId, item.id, "html", letterLanguage)} download>
          {t("letter.html")}
        </a>
        <a className="button" href={letterUrl(vacancyId, item.id, "pdf", letterLanguage)} download>
          {t("letter.pdf")}
        </a>
      </div>
      <p className="hint" role="status">
        {sentAt ? t("letter.sent", { date: formatDateTime(language, sentAt) }) : ""}
      </p>
      <ErrorAlert error={error} />
    </div>
  );
}
