import { useT } from "../../i18n/use-t.ts";
import { CheckedInput } from "./CheckedField.tsx";
import { controlId } from "./editor-notes.ts";
import { SlotNotes } from "./ProblemNotes.tsx";
import type { VacancyDraft } from "./vacancy-draft.ts";

type Change = (change: Partial<VacancyDraft>) => void;

/** The thresholds of the recommendation: advance from, review from, reject below. */
export function ThresholdsFieldset({ draft, set }: { readonly draft: VacancyDraft; readonly set: Change }) {
  const { t } = useT();
  return (
    <fieldset id={controlId("thresholds")}>
      <legend>{t("thresholds.title")}</legend>
      <p className="hint">{t("thresholds.intro")}</p>
      <SlotNotes slot="thresholds" />
      <div className="field-row">
        <CheckedInput
          path="thresholds.advance"
          label={t("thresholds.advance")}
          inputMode="decimal"
          className="input-short"
          value={draft.advance}
          onChange={(advance) => set({ advance })}
        />
        <CheckedInput
          path="thresholds.review"
          label={t("thresholds.review")}
          inputMode="decimal"
          className="input-short"
          value={draft.review}
          onChange={(review) => set({ review })}
        />
      </div>
    </fieldset>
  );
}

/** Columns never read, and the optional fields that send atypical profiles to a person. */
export function ProfileFieldset({ draft, set }: { readonly draft: VacancyDraft; readonly set: Change }) {
  const { t } = useT();
  return (
    <fieldset id={controlId("profileFields")}>
      <legend>{t("profile.title")}</legend>
      <CheckedInput
        path="protectedColumns"
        label={t("profile.protectedColumns")}
        hint={t("profile.protectedColumnsHint")}
        value={draft.protectedColumns}
        onChange={(protectedColumns) => set({ protectedColumns })}
      />
      <p className="hint">{t("profile.intro")}</p>
      <div className="field-row">
        <CheckedInput
          path="profileFields.careerGapMonths"
          label={t("profile.careerGapMonths")}
          hint={t("profile.careerGapMonthsHint")}
          value={draft.careerGapMonths}
          onChange={(careerGapMonths) => set({ careerGapMonths })}
        />
        <CheckedInput
          path="profileFields.maxGapMonths"
          label={t("profile.maxGapMonths")}
          hint={t("profile.maxGapMonthsHint")}
          inputMode="numeric"
          className="input-short"
          value={draft.maxGapMonths}
          onChange={(maxGapMonths) => set({ maxGapMonths })}
        />
      </div>
      <div className="field-row">
        <CheckedInput
          path="profileFields.diplomaCountry"
          label={t("profile.diplomaCountry")}
          hint={t("profile.diplomaCountryHint")}
          value={draft.diplomaCountry}
          onChange={(diplomaCountry) => set({ diplomaCountry })}
        />
        <CheckedInput
          path="profileFields.homeCountry"
          label={t("profile.homeCountry")}
          hint={t("profile.homeCountryHint")}
          className="input-short"
          value={draft.homeCountry}
          onChange={(homeCountry) => set({ homeCountry })}
        />
      </div>
    </fieldset>
  );
}
