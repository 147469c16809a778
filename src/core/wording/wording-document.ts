import type { WordingCheck } from "./wording-finding.ts";

/** The JSON a run writes: the check ("aware.wording/1") and where it came from. */
export interface WordingDocument extends WordingCheck {
  readonly provenance: {
    /** The file name, or "-" for standard input; characters in UTF-16 units (the offsets' unit). */
    readonly input: { readonly source: string; readonly characters: number };
    readonly version: string;
    readonly generatedAt: string;
  };
}

export const wordingDocument = (
  check: WordingCheck,
  provenance: WordingDocument["provenance"],
): WordingDocument => ({
  ...check,
  provenance,
});

export const wordingJson = (doc: WordingDocument): string => `${JSON.stringify(doc, null, 2)}\n`;
