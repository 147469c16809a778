import { chiSquareTest } from "../stats/chi-square-test.ts";
import type { Undefined } from "../stats/result.ts";

/**
 * Association between a feature and a protected attribute from their contingency table (rows: the
 * feature's values or bins, columns: the attribute's groups).
 *
 * Cramér's V (Cramér 1946) = sqrt(χ² / (n·(min(r, c) − 1))): 0 for independence, 1 when one determines
 * the other; comparable across tables of different shapes. Plug-in (not bias-corrected), with the
 * χ² p-value beside it so a V from a handful of rows is not read as an association.
 *
 * Mutual information I(F; A) = Σ p(f, a)·log2(p(f, a)/(p(f)·p(a))) in bits, and normalised by the
 * attribute's entropy H(A): the share of the uncertainty about a person's group that knowing the
 * feature removes (0 to 1). The plug-in estimate is biased upwards by about
 * (r − 1)(c − 1)/(2n·ln 2) bits (Miller 1955), negligible for the table sizes Aware flags.
 */
export interface Association {
  readonly n: number;
  readonly cramersV: { readonly status: "ok"; readonly value: number; readonly pValue: number } | Undefined;
  readonly mutualInformation:
    | { readonly status: "ok"; readonly bits: number; readonly normalized: number }
    | Undefined;
}

export function association(table: readonly (readonly number[])[]): Association {
  // Drop empty rows and columns: they carry no information and would make χ² undefined.
  const columns = table[0]?.length ?? 0;
  const rows = table.filter((r) => r.some((x) => x > 0));
  const used = [...Array(columns).keys()].filter((j) => rows.some((r) => r[j]! > 0));
  const t = rows.map((r) => used.map((j) => r[j]!));
  const n = t.reduce((a, r) => a + r.reduce((b, x) => b + x, 0), 0);
  if (t.length < 2 || used.length < 2) {
    const reason =
      used.length < 2
        ? "only one group of the protected attribute is present"
        : "the feature has only one value here";
    return {
      n,
      cramersV: { status: "undefined", reason },
      mutualInformation: { status: "undefined", reason },
    };
  }
  const chi = chiSquareTest(t);
  const cramersV =
    chi.status === "ok"
      ? {
          status: "ok" as const,
          value: Math.sqrt(chi.statistic / (n * (Math.min(t.length, used.length) - 1))),
          pValue: chi.pValue,
        }
      : chi;
  const rowTotals = t.map((r) => r.reduce((a, b) => a + b, 0));
  const columnTotals = used.map((_, j) => t.reduce((a, r) => a + r[j]!, 0));
  let bits = 0;
  for (const [i, r] of t.entries()) {
    for (const [j, x] of r.entries()) {
      if (x > 0) bits += (x / n) * Math.log2((x * n) / (rowTotals[i]! * columnTotals[j]!));
    }
  }
  let entropy = 0;
  for (const c of columnTotals) if (c > 0) entropy -= (c / n) * Math.log2(c / n);
  return {
    n,
    cramersV,
    mutualInformation: {
      status: "ok",
      bits: Math.max(0, bits),
      normalized: Math.min(1, Math.max(0, bits / entropy)),
    },
  };
}
