import { useRef, useState } from "react";
import type { UploadSummary } from "../../../server/api-types.ts";
import { type UploadProgress, uploadFile } from "../../api/upload-file.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { useT } from "../../i18n/use-t.ts";
import { ACCEPTED_EXTENSIONS, isAcceptedFile } from "../new-audit/upload-format.ts";

/** A file input that uploads a decision log at once (PUT /api/uploads), with a progress bar. */
export function UploadNewFile({ onUploaded }: { readonly onUploaded: (upload: UploadSummary) => void }) {
  const { t, language } = useT();
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [name, setName] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const input = useRef<HTMLInputElement>(null);

  const start = async (file: File) => {
    setError(null);
    if (!isAcceptedFile(file.name)) {
      setError(t("upload.wrongType", { name: file.name }));
      return;
    }
    setName(file.name);
    setProgress({ loaded: 0, total: file.size });
    try {
      onUploaded(await uploadFile(file, { language, cookies: document.cookie, onProgress: setProgress }));
    } catch (e) {
      setError(e);
    } finally {
      setName(null);
      setProgress(null);
      if (input.current) input.current.value = "";
    }
  };
  const percent =
    progress?.total && progress.total > 0
      ? Math.min(100, Math.round((progress.loaded / progress.total) * 100))
      : undefined;

  return (
    <div className="field">
      <label htmlFor="discovery-upload-file">{t("discovery.source.uploadNew")}</label>
      <p className="hint" id="discovery-upload-formats">
        {t("upload.formats")}
      </p>
      <input
        ref={input}
        id="discovery-upload-file"
        type="file"
        accept={ACCEPTED_EXTENSIONS.join(",")}
        disabled={name !== null}
        aria-describedby="discovery-upload-formats"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void start(file);
        }}
      />
      <div role="status">
        {name !== null && (
          <div className="upload-progress">
            <label htmlFor="discovery-upload-progress">{t("upload.progress", { name })}</label>
            <progress id="discovery-upload-progress" max={100} value={percent} />
          </div>
        )}
      </div>
      <ErrorAlert error={error} />
    </div>
  );
}
