import { useState } from "react";
import type { UploadSummary } from "../../../server/api-types.ts";
import { api } from "../../api/client.ts";
import { can } from "../../app/permissions.ts";
import { paths } from "../../app/routes.ts";
import { useUser } from "../../app/session-context.tsx";
import { ConfirmDialog } from "../../components/ConfirmDialog.tsx";
import { DeleteButton } from "../../components/DeleteButton.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { Link } from "../../components/Link.tsx";
import { ScrollRegion } from "../../components/ScrollRegion.tsx";
import { useApiData } from "../../components/use-api-data.ts";
import { formatDateTime } from "../../i18n/format-date-time.ts";
import { useT } from "../../i18n/use-t.ts";
import { formatBytes } from "./upload-format.ts";

const LOCALES = { en: "en-GB", nl: "nl-NL" } as const;

/** Files uploaded before, to audit again with another mapping; an admin may delete them. */
export function EarlierUploads({ onChoose }: { readonly onChoose: (upload: UploadSummary) => void }) {
  const { t, language } = useT();
  const user = useUser();
  const [uploads, , update] = useApiData(() => api.uploads(), []);
  const [deleting, setDeleting] = useState<UploadSummary | null>(null);
  const mayDelete = can(user.role, "deleteUploads");
  const mayDiscover = can(user.role, "runDiscovery");
  if (uploads.status === "loading") return null;
  if (uploads.status === "failed") return <ErrorAlert error={uploads.error} />;
  if (uploads.data.length === 0) return null;
  return (
    <section aria-labelledby="earlier-heading" className="earlier-uploads">
      <h3 id="earlier-heading">{t("upload.earlier")}</h3>
      <ScrollRegion labelledBy="earlier-caption">
        <table className="data-table">
          <caption id="earlier-caption" className="visually-hidden">
            {t("upload.earlierCaption")}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t("upload.col.file")}</th>
              <th scope="col" className="numeric">
                {t("upload.col.size")}
              </th>
              <th scope="col">{t("upload.col.date")}</th>
              <th scope="col">{t("common.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {uploads.data.map((u) => (
              <tr key={u.id}>
                <th scope="row">{u.filename}</th>
                <td className="numeric">{formatBytes(u.bytes, LOCALES[language])}</td>
                <td>{formatDateTime(language, u.createdAt)}</td>
                <td className="actions">
                  <button
                    type="button"
                    className="button button-small"
                    onClick={() => onChoose(u)}
                    aria-label={t("upload.useNamed", { name: u.filename })}
                  >
                    {t("upload.use")}
                  </button>
                  {mayDiscover && (
                    <Link
                      to={paths.discover({ upload: u.id })}
                      className="button button-small"
                      aria-label={t("discovery.link.uploadNamed", { name: u.filename })}
                    >
                      {t("discovery.link.upload")}
                    </Link>
                  )}
                  {mayDelete && (
                    <DeleteButton
                      label={t("upload.deleteNamed", { name: u.filename })}
                      onClick={() => setDeleting(u)}
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <ConfirmDialog
        open={deleting !== null}
        title={t("upload.deleteTitle")}
        message={t("upload.deleteMessage", { name: deleting?.filename ?? "" })}
        confirmLabel={t("common.delete")}
        onClose={() => setDeleting(null)}
        onConfirm={async () => {
          if (!deleting) return;
          await api.deleteUpload(deleting.id);
          const id = deleting.id;
          update((list) => list.filter((u) => u.id !== id));
        }}
      />
    </section>
  );
}
