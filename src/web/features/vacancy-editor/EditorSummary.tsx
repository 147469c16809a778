import type { MouseEvent, Ref } from "react";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { useT } from "../../i18n/use-t.ts";
import { controlId, type Note } from "./editor-notes.ts";

const CONTROLS = "input, select, textarea, button";

/** Moves to the control of a slot (or the first control of a rule's group), as a link would. */
function jump(e: MouseEvent<HTMLAnchorElement>, slot: string): void {
  const target = document.getElementById(controlId(slot));
  if (!target) return;
  e.preventDefault();
  const control = target.matches(CONTROLS) ? target : target.querySelector<HTMLElement>(CONTROLS);
  target.scrollIntoView({ block: "center" });
  control?.focus();
}

/**
 * Above the form after a save attempt: every error that stops the vacancy, each a link to its field,
 * and an error of the server that belongs to no field. Takes the focus (the `ref`) when saving fails.
 */
export function EditorSummary({
  ref,
  show,
  placed,
  serverError,
}: {
  readonly ref: Ref<HTMLDivElement>;
  readonly show: boolean;
  readonly placed: ReadonlyMap<string, readonly Note[]>;
  readonly serverError: unknown;
}) {
  const { t } = useT();
  const errors = [...placed.entries()].flatMap(([slot, notes]) =>
    notes.filter((n) => n.severity === "error").map((note) => ({ slot, note })),
  );
  const visible = show && (errors.length > 0 || serverError !== null);
  return (
    <div ref={ref} tabIndex={-1} className="error-summary-anchor">
      {visible && (
        <div className="alert alert-error error-summary" role="alert">
          <h2 className="error-summary-title">{t("editor.cannotSave")}</h2>
          {serverError !== null && <ErrorAlert error={serverError} />}
          {errors.length > 0 && (
            <ul>
              {errors.map(({ slot, note }) => (
                <li key={`${note.path}:${note.text}`}>
                  <a href={`#${controlId(slot)}`} onClick={(e) => jump(e, slot)}>
                    {note.text}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
