import { useT } from "../i18n/use-t.ts";

/** The small red "Delete" button of a table row; `label` names what it deletes, for screen readers. */
export function DeleteButton({ label, onClick }: { readonly label: string; readonly onClick: () => void }) {
  const { t } = useT();
  return (
    <button type="button" className="button button-small button-danger" onClick={onClick} aria-label={label}>
      {t("common.delete")}
    </button>
  );
}
