import { createContext, type ReactNode, useContext } from "react";
import type { Note } from "./editor-notes.ts";

const NotesContext = createContext<ReadonlyMap<string, readonly Note[]>>(new Map());

/** The editor's problems, placed by slot (see placeNotes), for every CheckedField below. */
export function EditorNotesProvider({
  placed,
  children,
}: {
  readonly placed: ReadonlyMap<string, readonly Note[]>;
  readonly children: ReactNode;
}) {
  return <NotesContext.Provider value={placed}>{children}</NotesContext.Provider>;
}

const NONE: readonly Note[] = [];

/** The problems placed at exactly this slot. */
export function useNotes(slot: string): readonly Note[] {
  return useContext(NotesContext).get(slot) ?? NONE;
}
