import { useT } from "../../i18n/use-t.ts";
import type { Note } from "./editor-notes.ts";
import { useNotes } from "./editor-notes-context.tsx";

/**
 * Errors (the vacancy is refused until they are fixed) and warnings (allowed, with the risk explained)
 * beside the field they concern, each with a word that says which it is, not only a colour.
 */
export function ProblemNotes({ id, notes }: { readonly id?: string; readonly notes: readonly Note[] }) {
  const { t } = useT();
  if (notes.length === 0) return null;
  return (
    <ul className="problem-notes" id={id}>
      {notes.map((n) => (
        <li key={`${n.severity}:${n.path}:${n.text}`} className={`note note-${n.severity}`}>
          <strong>{n.severity === "error" ? t("editor.note.error") : t("editor.note.warning")}</strong>{" "}
          {n.text}
        </li>
      ))}
    </ul>
  );
}

/** The problems of a slot that has no control of its own (a rule as a whole, the thresholds). */
export function SlotNotes({ slot }: { readonly slot: string }) {
  return <ProblemNotes notes={useNotes(slot)} />;
}
