import { documentHtml } from "../report/document-html.ts";
import { type LetterOptions, letterContent } from "./letter-content.ts";
import type { ScreeningResult } from "./screening-result.ts";
import type { Vacancy } from "./vacancy.ts";

export type { LetterOptions } from "./letter-content.ts";

/** The explanation letter (letter-content.ts) as a self-contained, accessible HTML document. */
export function explanationLetter(vacancy: Vacancy, result: ScreeningResult, options: LetterOptions): string {
  return documentHtml(letterContent(vacancy, result, options));
}
