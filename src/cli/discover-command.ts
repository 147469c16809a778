import { discoverSubgroups } from "../core/discovery/discover-subgroups.ts";
import {
  renderDiscoveryHtml,
  renderDiscoveryMarkdown,
  renderDiscoveryText,
} from "../core/discovery/discovery-content.ts";
import { assignmentsCsv, discoveryDocument, discoveryJson } from "../core/discovery/discovery-document.ts";
import { DiscoveryError } from "../core/discovery/discovery-error.ts";
import type { DiscoveryProgress } from "../core/discovery/discovery-options.ts";
import type { DiscoveryResult } from "../core/discovery/discovery-result.ts";
import type { DiscoveryTable, OutcomeSpec } from "../core/discovery/discovery-table.ts";
import { hbac } from "../core/discovery/hbac.ts";
import { type ProxyCheckResult, proxyCheck } from "../core/discovery/proxy-check.ts";
import type { Language } from "../core/i18n/language.ts";
import { fileSha256 } from "../sources/file-digest.ts";
import { readRows } from "../sources/read-rows.ts";
import { DiscoveryInputError } from "./discovery-input-error.ts";
import { EXIT_OK, UsageError } from "./exit-codes.ts";
import { VERSION } from "./version.ts";
import { writeOutput } from "./write-output.ts";

export interface DiscoverFlags {
  readonly outcome?: string;
  readonly outcomeKind?: string;
  readonly label?: string;
  readonly worse?: string;
  readonly features?: string;
  readonly method?: string;
  readonly protected?: string;
  readonly id?: string;
  readonly minSize?: string;
  readonly seed?: string;
  readonly format?: string;
  readonly out?: string;
  readonly assignments?: string;
  readonly quiet?: boolean;
}

const FORMATS = ["table", "json", "md", "html"] as const;
const list = (s: string | undefined) =>
  s === undefined
    ? undefined
    : s
        .split(",")
        .map((x) => x.trim())
        .filter((x) => x !== "");

const PHASES = {
  en: {
    prepare: "Reading the features",
    search: "Searching",
    stability: "Checking stability",
    test: "Testing on the held-out half",
  },
  nl: {
    prepare: "Kenmerken lezen",
    search: "Zoeken",
    stability: "Stabiliteit controleren",
    test: "Toetsen op de achtergehouden helft",
  },
} as const;

/**
 * Progress on stderr while the discovery runs. The search is synchronous JavaScript, so the line is
 * drawn from the progress callback itself (at most five times a second), not from a timer.
 */
function progressLine(language: Language, enabled: boolean) {
  let last = 0;
  const started = performance.now();
  return {
    report(p: DiscoveryProgress) {
      if (!enabled) return;
      const now = performance.now();
      if (now - last < 200 && p.done < 1) return;
      last = now;
      const seconds = Math.round((now - started) / 1000);
      process.stderr.write(
        `\r\u001b[2K${PHASES[language][p.phase]}… ${Math.round(p.done * 100)}% (${seconds} s)`,
      );
    },
    done() {
      if (enabled) process.stderr.write("\r\u001b[2K");
    },
  };
}

/** Runs `aware discover`: read the log, find groups, test them, write the report (and assignments). */
export async function runDiscover(file: string, flags: DiscoverFlags, language: Language): Promise<number> {
  const format = (flags.format ?? "table") as (typeof FORMATS)[number];
  if (!FORMATS.includes(format))
    throw new UsageError(`--format must be one of ${FORMATS.join(", ")}; got "${flags.format}"`);
  if (!flags.outcome)
    throw new UsageError("--outcome is required: the column with the decision, score or prediction");
  const kind = flags.outcomeKind ?? (flags.label ? "error" : "decision");
  if (!["decision", "score", "error"].includes(kind)) {
    throw new UsageError(`--outcome-kind must be decision, score or error; got "${flags.outcomeKind}"`);
  }
  if (kind === "error" && !flags.label)
    throw new UsageError("--outcome-kind error needs --label: the column with the true label");
  const outcome: OutcomeSpec =
    kind === "error"
      ? { kind: "error", prediction: flags.outcome, label: flags.label! }
      : { kind: kind as "decision" | "score", column: flags.outcome };
  const worse = flags.worse ?? (kind === "error" ? "high" : "low");
  if (worse !== "low" && worse !== "high")
    throw new UsageError(`--worse must be low or high; got "${flags.worse}"`);
  const method = flags.method ?? "subgroups";
  if (method !== "subgroups" && method !== "hbac") {
    throw new UsageError(`--method must be subgroups or hbac; got "${flags.method}"`);
  }
  const minSize = flags.minSize === undefined ? undefined : Number(flags.minSize);
  if (minSize !== undefined && !(minSize > 0 && minSize < 0.5)) {
    throw new UsageError(
      `--min-size must be a fraction between 0 and 0.5 (e.g. 0.05); got "${flags.minSize}"`,
    );
  }
  const seed = flags.seed === undefined ? undefined : Number(flags.seed);
  if (seed !== undefined && !(Number.isInteger(seed) && seed >= 0 && seed <= 0xffffffff)) {
    throw new UsageError(`--seed must be a whole number from 0 to 4294967295; got "${flags.seed}"`);
  }

  const { columns, rows } = await readRows(file);
  const features = list(flags.features);
  const protectedColumns = list(flags.protected) ?? [];
  for (const c of [...(features ?? []), ...protectedColumns, ...(flags.id ? [flags.id] : [])]) {
    if (!columns.includes(c))
      throw new UsageError(`${file} has no column "${c}"; its columns are: ${columns.join(", ")}`);
  }
  const table: DiscoveryTable = {
    rows,
    outcome,
    worse,
    ...(features ? { features } : {}),
    ...(protectedColumns.length > 0 ? { protected: protectedColumns } : {}),
    ...(flags.id ? { id: flags.id } : {}),
  };
  const progress = progressLine(language, !flags.quiet && process.stderr.isTTY === true);
  const options = {
    ...(minSize !== undefined ? { minSize } : {}),
    ...(seed !== undefined ? { seed } : {}),
    onProgress: (p: DiscoveryProgress) => progress.report(p),
  };
  let result: DiscoveryResult;
  let proxies: ProxyCheckResult | null = null;
  try {
    result = method === "hbac" ? hbac(table, options) : discoverSubgroups(table, options);
    if (protectedColumns.length > 0) proxies = proxyCheck(table, protectedColumns);
  } catch (error) {
    if (error instanceof DiscoveryError) throw new DiscoveryInputError(file, error);
    throw error;
  } finally {
    progress.done();
  }
  const doc = discoveryDocument(result, proxies, {
    input: file,
    sha256: await fileSha256(file),
    version: VERSION,
    generatedAt: new Date().toISOString(),
  });
  const body =
    format === "json"
      ? discoveryJson(doc)
      : format === "md"
        ? renderDiscoveryMarkdown(language, doc)
        : format === "html"
          ? renderDiscoveryHtml(language, doc)
          : renderDiscoveryText(language, doc);
  if (flags.assignments) {
    const ids = rows.map((r, i) => (flags.id ? (r[flags.id] ?? "") : String(i + 1)));
    await writeOutput(flags.assignments, assignmentsCsv(result, ids));
  }
  if (flags.out) await writeOutput(flags.out, body);
  else process.stdout.write(body);
  return EXIT_OK;
}
