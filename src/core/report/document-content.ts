/**
 * A document as content, for texts rendered both as HTML (document-html.ts, here in core) and as PDF
 * (src/server/pdf/render-document-pdf.ts): the explanation letter, the assessment report. All text is
 * plain; renderers escape it.
 */
import type { Language } from "../i18n/language.ts";

/** What a section holds, as plain text. */
export type DocumentBody =
  | { readonly kind: "paragraph"; readonly text: string }
  | { readonly kind: "list"; readonly items: readonly string[] }
  | { readonly kind: "definitions"; readonly items: readonly (readonly [term: string, value: string])[] }
  | {
      readonly kind: "table";
      readonly caption: string;
      readonly head: readonly string[];
      /** First cell of each row is the row's heading. */
      readonly rows: readonly (readonly string[])[];
      /** A totals row; empty for none. */
      readonly foot: readonly string[];
    };

export interface DocumentSection {
  /** Null for the opening and closing paragraphs. */
  readonly heading: string | null;
  readonly body: readonly DocumentBody[];
}

export interface DocumentContent {
  readonly language: Language;
  readonly sender: string;
  readonly title: string;
  readonly sections: readonly DocumentSection[];
  /** Closing lines (e.g. "Kind regards," and the sender); may be empty. */
  readonly closing: readonly string[];
}
