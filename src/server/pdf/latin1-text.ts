/**
 * PDF's standard fonts (Helvetica) draw only Latin-1 (WinAnsi): Greek letters, arrows and other signs
 * are written out, and whatever else remains becomes "?", rather than an invisible glyph. This wraps
 * `pdf.text` accordingly.
 */
const REPLACEMENTS: Record<string, string> = {
  χ: "chi",
  "²": "2",
  μ: "mean",
  "→": "->",
  "≥": ">=",
  "≤": "<=",
  "⚠": "!",
  "…": "...",
  "−": "-",
};

export function latin1Text(pdf: PDFKit.PDFDocument): PDFKit.PDFDocument {
  const text = pdf.text.bind(pdf) as (...args: unknown[]) => PDFKit.PDFDocument;
  const clean = (s: string) =>
    s.replace(
      /[^\t\n\u0020-\u00ff\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u20ac]/g,
      (ch) => REPLACEMENTS[ch] ?? "?",
    );
  (pdf as unknown as { text: (...args: unknown[]) => PDFKit.PDFDocument }).text = (
    value: unknown,
    ...rest: unknown[]
  ) => text(typeof value === "string" ? clean(value) : value, ...rest);
  return pdf;
}
