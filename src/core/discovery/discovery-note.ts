import type { LocalizedText } from "./localized-text.ts";

/**
 * Something the user should know about the run that is not an error: a column left out, rows left
 * out, an outcome with no variation, a method limit. Stable code plus the words in both languages.
 */
export type DiscoveryNoteCode =
  | "constant-column"
  | "all-missing-column"
  | "missing-outcome"
  | "constant-outcome"
  | "missing-protected"
  | "levels-grouped"
  | "no-groups"
  | "small-held-out";

export interface DiscoveryNote {
  readonly code: DiscoveryNoteCode;
  readonly column?: string;
  readonly count?: number;
  readonly text: LocalizedText;
}

export const note = (
  code: DiscoveryNoteCode,
  text: LocalizedText,
  facts: { column?: string; count?: number } = {},
): DiscoveryNote => ({ code, ...facts, text });
