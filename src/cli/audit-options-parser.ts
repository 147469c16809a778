import type { AuditOptions } from "../core/audit/audit-options.ts";
import { DEFAULT_MIN_GROUP } from "../core/audit/audit-options.ts";
import type { DecisionLogColumns } from "../sources/decision-log-columns.ts";
import { UsageError } from "./exit-codes.ts";

/** The `aware audit` flags as commander hands them over (strings, and arrays for repeatable ones). */
export interface AuditFlags {
  readonly outcome?: string;
  readonly score?: string;
  readonly label?: string;
  readonly stage?: string;
  readonly stageOrder?: string;
  readonly requisition?: string;
  readonly date?: string;
  readonly protected?: string;
  readonly intersections?: string;
  readonly reference?: readonly string[];
  readonly minGroup?: string;
  readonly excludeBelow?: string;
  readonly alpha?: string;
  readonly format?: string;
  readonly out?: string;
  readonly failOn?: string;
  readonly db?: string;
  readonly table?: string;
  readonly query?: string;
  readonly lang?: string;
  readonly quiet?: boolean;
  readonly maxGroups?: string;
}

export const FORMATS = ["table", "json", "csv", "md", "html"] as const;
export type OutputFormat = (typeof FORMATS)[number];
export const FAIL_ON = ["four-fifths", "significant", "both"] as const;
export type FailOn = (typeof FAIL_ON)[number];

export interface ParsedAudit {
  readonly columns: DecisionLogColumns;
  readonly options: AuditOptions;
  readonly format: OutputFormat;
  readonly failOn: FailOn | null;
  readonly maxGroups: number;
}

const list = (s: string) =>
  s
    .split(",")
    .map((x) => x.trim())
    .filter((x) => x !== "");

/** Checks and converts the flags; every mistake becomes a UsageError that names the flag. */
export function parseAuditFlags(flags: AuditFlags): ParsedAudit {
  if (!flags.outcome) throw new UsageError("--outcome COLUMN is required (the column with selected yes/no)");
  if (!flags.protected) throw new UsageError("--protected A,B,... is required (the attributes to audit)");
  const protectedAttributes = list(flags.protected);
  if (protectedAttributes.length === 0) throw new UsageError("--protected names no column");
  if (new Set(protectedAttributes).size !== protectedAttributes.length)
    throw new UsageError("--protected names a column twice");
  for (const [flag, column] of [
    ["--outcome", flags.outcome],
    ["--score", flags.score],
    ["--label", flags.label],
    ["--stage", flags.stage],
    ["--requisition", flags.requisition],
    ["--date", flags.date],
  ] as const) {
    if (column !== undefined && protectedAttributes.includes(column)) {
      throw new UsageError(`${flag} ${column} is also listed in --protected`);
    }
  }
  let intersections: AuditOptions["intersections"];
  if (flags.intersections !== undefined) {
    if (flags.intersections.trim() === "all") intersections = "all";
    else {
      intersections = list(flags.intersections).map((spec) => {
        const parts = spec.split(":").map((p) => p.trim());
        if (parts.length < 2)
          throw new UsageError(`--intersections: "${spec}" needs two or more attributes joined by ':'`);
        for (const p of parts) {
          if (!protectedAttributes.includes(p))
            throw new UsageError(`--intersections: "${p}" is not in --protected`);
        }
        if (new Set(parts).size !== parts.length)
          throw new UsageError(`--intersections: "${spec}" repeats an attribute`);
        return parts;
      });
    }
  }
  const reference: Record<string, string> = {};
  for (const spec of flags.reference ?? []) {
    const eq = spec.indexOf("=");
    if (eq <= 0)
      throw new UsageError(`--reference "${spec}": write ATTRIBUTE=VALUE, e.g. --reference gender=M`);
    const attribute = spec.slice(0, eq).trim();
    if (!protectedAttributes.includes(attribute))
      throw new UsageError(`--reference: "${attribute}" is not in --protected`);
    if (reference[attribute] !== undefined)
      throw new UsageError(`--reference: "${attribute}" is named twice`);
    reference[attribute] = spec.slice(eq + 1).trim();
  }
  const minGroup = flags.minGroup === undefined ? DEFAULT_MIN_GROUP : Number(flags.minGroup);
  if (!Number.isInteger(minGroup) || minGroup < DEFAULT_MIN_GROUP) {
    throw new UsageError(
      `--min-group must be a whole number of at least ${DEFAULT_MIN_GROUP} (privacy); got "${flags.minGroup}"`,
    );
  }
  const excludeBelow = flags.excludeBelow === undefined ? null : Number(flags.excludeBelow);
  if (excludeBelow !== null && !(excludeBelow > 0 && excludeBelow < 0.5)) {
    throw new UsageError(
      `--exclude-below must be a fraction between 0 and 0.5, e.g. 0.02 for 2%; got "${flags.excludeBelow}"`,
    );
  }
  const alpha = flags.alpha === undefined ? 0.05 : Number(flags.alpha);
  if (!(alpha > 0 && alpha < 1))
    throw new UsageError(`--alpha must be between 0 and 1; got "${flags.alpha}"`);
  const format = (flags.format ?? "table") as OutputFormat;
  if (!FORMATS.includes(format))
    throw new UsageError(`--format must be one of ${FORMATS.join(", ")}; got "${flags.format}"`);
  const failOn = (flags.failOn ?? null) as FailOn | null;
  if (failOn !== null && !FAIL_ON.includes(failOn)) {
    throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(", ")}; got "${flags.failOn}"`);
  }
  const maxGroups = flags.maxGroups === undefined ? 1000 : Number(flags.maxGroups);
  if (!Number.isInteger(maxGroups) || maxGroups < 2)
    throw new UsageError(`--max-groups must be a whole number ≥ 2`);
  if (flags.stageOrder !== undefined && flags.stage === undefined)
    throw new UsageError("--stage-order needs --stage");
  const stageOrder = flags.stageOrder !== undefined ? list(flags.stageOrder) : null;
  const columns: DecisionLogColumns = {
    outcome: flags.outcome,
    protected: protectedAttributes,
    ...(flags.score !== undefined ? { score: flags.score } : {}),
    ...(flags.label !== undefined ? { label: flags.label } : {}),
    ...(flags.stage !== undefined ? { stage: flags.stage } : {}),
    ...(flags.requisition !== undefined ? { requisition: flags.requisition } : {}),
    ...(flags.date !== undefined ? { date: flags.date } : {}),
  };
  return {
    columns,
    options: {
      protected: protectedAttributes,
      ...(intersections !== undefined ? { intersections } : {}),
      reference,
      minGroup,
      excludeBelow,
      alpha,
      stageOrder,
    },
    format,
    failOn,
    maxGroups,
  };
}
