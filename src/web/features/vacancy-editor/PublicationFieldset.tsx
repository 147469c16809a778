import type { VacancyStatus } from "../../../server/api-types.ts";
import { useT } from "../../i18n/use-t.ts";
import { CheckedField, CheckedInput } from "./CheckedField.tsx";
import { controlId } from "./editor-notes.ts";
import { SlotNotes } from "./ProblemNotes.tsx";
import type { VacancyDraft } from "./vacancy-draft.ts";

const STATUSES: readonly VacancyStatus[] = ["draft", "open", "closed"];
const isStatus = (x: string): x is VacancyStatus => (STATUSES as readonly string[]).includes(x);

/** Whether the application form is public, and the voluntary monitoring questionnaire. */
export function PublicationFieldset({
  draft,
  set,
}: {
  readonly draft: VacancyDraft;
  readonly set: (change: Partial<VacancyDraft>) => void;
}) {
  const { t } = useT();
  return (
    <fieldset id={controlId("monitoring")}>
      <legend>{t("publication.title")}</legend>
      <CheckedField path="status" label={t("publication.status")} hint={t("publication.statusHint")}>
        {(control) => (
          <select
            {...control}
            value={draft.status}
            onChange={(e) => {
              if (isStatus(e.target.value)) set({ status: e.target.value });
            }}
          >
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`vacancyStatus.${s}`)}
              </option>
            ))}
          </select>
        )}
      </CheckedField>
      <SlotNotes slot="monitoring" />
      <div className="checkbox">
        <input
          type="checkbox"
          id="monitoring-enabled"
          checked={draft.monitoringEnabled}
          onChange={(e) => set({ monitoringEnabled: e.target.checked })}
          aria-describedby="monitoring-explanation"
        />
        <label htmlFor="monitoring-enabled">{t("publication.monitoring")}</label>
      </div>
      <p className="hint" id="monitoring-explanation">
        {t("publication.monitoringHint")}
      </p>
      {draft.monitoringEnabled && (
        <CheckedInput
          path="monitoring.retentionDays"
          label={t("publication.retentionDays")}
          hint={t("publication.retentionDaysHint")}
          inputMode="numeric"
          className="input-short"
          value={draft.retentionDays}
          onChange={(retentionDays) => set({ retentionDays })}
        />
      )}
    </fieldset>
  );
}
