import { useT } from "../../i18n/use-t.ts";

/**
 * The explanation letter (self-contained HTML from the server) in a sandboxed frame: no scripts, no
 * forms, its own origin, so nothing in it can reach this page. The frame has a title for screen readers.
 */
export function LetterFrame({ html }: { readonly html: string }) {
  const { t } = useT();
  return <iframe className="letter-frame" title={t("status.letterFrame")} sandbox="" srcDoc={html} />;
}
