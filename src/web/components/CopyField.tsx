import { useId, useRef, useState } from "react";
import { useT } from "../i18n/use-t.ts";

/** A read-only text (a link to pass on) with a button that copies it. */
export function CopyField({ label, value }: { readonly label: string; readonly value: string }) {
  const { t } = useT();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState("");
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setStatus(t("copy.done"));
    } catch {
      input.current?.select();
      setStatus(t("copy.manual"));
    }
  };
  return (
    <div className="field copy-field">
      <label htmlFor={id}>{label}</label>
      <div className="copy-row">
        <input id={id} ref={input} readOnly value={value} onFocus={(e) => e.target.select()} />
        <button type="button" className="button" onClick={copy}>
          {t("copy.button")}
        </button>
      </div>
      <p className="hint" role="status">
        {status}
      </p>
    </div>
  );
}
