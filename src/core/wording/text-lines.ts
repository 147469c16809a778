/** A line of the text with its offsets; `end` excludes the line break (and a "\r" before it). */
export interface TextLine {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export function textLines(text: string): TextLine[] {
  const out: TextLine[] = [];
  let start = 0;
  for (const raw of text.split("\n")) {
    const body = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    out.push({ text: body, start, end: start + body.length });
    start += raw.length + 1;
  }
  return out;
}

/** Where a suggested addition to the end of the text goes: after its last non-space character. */
export const endOfContent = (text: string): number => text.trimEnd().length;
