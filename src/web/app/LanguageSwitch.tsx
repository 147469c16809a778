import type { Language } from "../../core/i18n/language.ts";
import { changeLanguage } from "../i18n/i18n.ts";
import { useT } from "../i18n/use-t.ts";

const CHOICES: readonly { readonly language: Language; readonly name: string }[] = [
  { language: "nl", name: "Nederlands" },
  { language: "en", name: "English" },
];

/** NL/EN in the header; each name is written (and marked up) in its own language. */
export function LanguageSwitch() {
  const { t, language } = useT();
  return (
    // biome-ignore lint/a11y/useSemanticElements: a <fieldset> lays out badly in the header's flex row
    <div className="language-switch" role="group" aria-label={t("language.label")}>
      {CHOICES.map((c) => (
        <button
          key={c.language}
          type="button"
          lang={c.language}
          className="language-button"
          aria-pressed={language === c.language}
          onClick={() => void changeLanguage(c.language)}
        >
          {c.name}
        </button>
      ))}
    </div>
  );
}
