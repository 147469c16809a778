import type { MessageKey } from "../../../core/i18n/messages-en.ts";
import type { UiKey } from "../../i18n/en.ts";

/**
 * The columns of the report tables built by src/core/report/report-tables.ts, in the order those
 * tables put them, each with a definition (from docs/methods.md) a click away. The test beside this
 * file checks the order against the core tables.
 */
export const SELECTION_COLUMNS = [
  "group",
  "status",
  "n",
  "selected",
  "rate",
  "rateCi",
  "ir",
  "irCi",
  "flag",
  "fisher",
  "midP",
  "z",
  "zP",
  "holm",
  "bh",
  "shortfall",
  "flip",
  "oddsRatio",
  "cohensH",
] as const;

export const SCORING_COLUMNS = [
  "group",
  "scored",
  "scoringRate",
  "scoringIr",
  "scoringIrCi",
  "meanScore",
  "smd",
  "smdCi",
] as const;

export const ERROR_RATE_COLUMNS = [
  "group",
  "tpr",
  "fpr",
  "fnr",
  "ppv",
  "fdr",
  "for",
  "npv",
  "accuracy",
] as const;

export const STRATA_COLUMNS = [
  "group",
  "cmhChi",
  "cmhP",
  "mhOddsRatio",
  "pooledOddsRatio",
  "simpson",
] as const;

export type ColumnId =
  | (typeof SELECTION_COLUMNS)[number]
  | (typeof SCORING_COLUMNS)[number]
  | (typeof ERROR_RATE_COLUMNS)[number]
  | (typeof STRATA_COLUMNS)[number]
  | "stageFigures"
  | "gapStage"
  | "cut"
  | "minIr"
  | "cutGroupIr";

/** Funnel table: the group, one column per stage, and the stage where the gap arises. */
export const funnelColumns = (stages: readonly string[]): ColumnId[] => [
  "group",
  ...stages.map((): ColumnId => "stageFigures"),
  "gapStage",
];

/** Cut-curve table: the cut score, the lowest ratio, and one column per group. */
export const cutCurveColumns = (groups: number): ColumnId[] => [
  "cut",
  "minIr",
  ...Array.from({ length: groups }, (): ColumnId => "cutGroupIr"),
];

/** The core header of the selection columns, to pin the order to src/core/report/report-tables.ts. */
export const SELECTION_HEADER_KEYS: Readonly<Record<(typeof SELECTION_COLUMNS)[number], MessageKey>> = {
  group: "col.group",
  status: "col.status",
  n: "col.n",
  selected: "col.selected",
  rate: "col.rate",
  rateCi: "col.rateCi",
  ir: "col.ir",
  irCi: "col.irCi",
  flag: "col.flag",
  fisher: "col.fisher",
  midP: "col.midP",
  z: "col.z",
  zP: "col.zP",
  holm: "col.holm",
  bh: "col.bh",
  shortfall: "col.shortfall",
  flip: "col.flip",
  oddsRatio: "col.oddsRatio",
  cohensH: "col.cohensH",
};

export const definitionTitle = (id: ColumnId): UiKey => `def.${id}.title`;
export const definitionBody = (id: ColumnId): UiKey => `def.${id}.body`;
