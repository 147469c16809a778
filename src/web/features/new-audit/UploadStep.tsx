import { type DragEvent, useRef, useState } from "react";
import type { UploadSummary } from "../../../server/api-types.ts";
import { type UploadProgress, uploadFile } from "../../api/upload-file.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { useT } from "../../i18n/use-t.ts";
import { EarlierUploads } from "./EarlierUploads.tsx";
import { ACCEPTED_EXTENSIONS, formatBytes, isAcceptedFile } from "./upload-format.ts";

const LOCALES = { en: "en-GB", nl: "nl-NL" } as const;

/**
 * Step 1: a decision log to audit. Dropped on the zone or chosen with the file input (the keyboard
 * way), uploaded with a progress bar that can be cancelled; or an earlier upload used again.
 */
export function UploadStep({ onUploaded }: { readonly onUploaded: (upload: UploadSummary) => void }) {
  const { t, language } = useT();
  const [dragging, setDragging] = useState(false);
  const [uploading, setUploading] = useState<{ name: string; size: number } | null>(null);
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [error, setError] = useState<unknown>(null);
  const abort = useRef<AbortController | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const start = async (file: File) => {
    setError(null);
    if (!isAcceptedFile(file.name)) {
      setError(t("upload.wrongType", { name: file.name }));
      return;
    }
    const controller = new AbortController();
    abort.current = controller;
    setUploading({ name: file.name, size: file.size });
    setProgress({ loaded: 0, total: file.size });
    try {
      const summary = await uploadFile(file, {
        language,
        cookies: document.cookie,
        signal: controller.signal,
        onProgress: setProgress,
      });
      onUploaded(summary);
    } catch (e) {
      setError(controller.signal.aborted ? t("upload.cancelled") : e);
    } finally {
      setUploading(null);
      setProgress(null);
      abort.current = null;
      if (input.current) input.current.value = "";
    }
  };

  const drop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file && !uploading) void start(file);
  };

  const locale = LOCALES[language];
  const percent =
    progress?.total && progress.total > 0
      ? Math.min(100, Math.round((progress.loaded / progress.total) * 100))
      : null;

  return (
    <section aria-labelledby="upload-heading">
      <h2 id="upload-heading" tabIndex={-1}>
        {t("upload.title")}
      </h2>
      <p>{t("upload.intro")}</p>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping is the mouse shortcut; the file input inside is the keyboard way */}
      <div
        className={`drop-zone${dragging ? " drop-zone-active" : ""}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
      >
        <p className="drop-text">{t("upload.drop")}</p>
        <input
          ref={input}
          id="upload-file"
          className="file-input"
          type="file"
          accept={ACCEPTED_EXTENSIONS.join(",")}
          disabled={uploading !== null}
          aria-describedby="upload-formats"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void start(file);
          }}
        />
        <label htmlFor="upload-file" className="button button-primary file-label">
          {t("upload.choose")}
        </label>
        <p className="hint" id="upload-formats">
          {t("upload.formats")}
        </p>
      </div>
      {uploading && (
        <div className="upload-progress">
          <label htmlFor="upload-progress">{t("upload.progress", { name: uploading.name })}</label>
          <progress id="upload-progress" max={100} value={percent ?? undefined} />
          <p className="hint">
            {t("upload.progressBytes", {
              loaded: formatBytes(progress?.loaded ?? 0, locale),
              total: formatBytes(uploading.size, locale),
            })}
            {percent !== null && ` (${percent}%)`}
          </p>
          <p className="visually-hidden" role="status">
            {percent === null ? "" : t("upload.percent", { percent: Math.floor(percent / 10) * 10 })}
          </p>
          <button type="button" className="button" onClick={() => abort.current?.abort()}>
            {t("upload.cancel")}
          </button>
        </div>
      )}
      <ErrorAlert error={error} />
      <EarlierUploads onChoose={onUploaded} />
    </section>
  );
}
