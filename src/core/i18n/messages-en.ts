/** English texts of the audit reports and error messages. Placeholders are {name}. */
export const messagesEn = {
  "report.title": "Selection audit",
  "report.rows": "{rows} rows",
  "report.overall": "Overall: {selected} of {n} selected ({rate})",
  "report.median": "Median score of all {scored} scored rows: {median}",
  "report.stages": "Stages, first to last: {stages}",
  "report.period": "Decisions from {first} to {last}",
  "report.grouping": "Grouping: {attributes}",
  "report.unknown": "{count} candidates with an unknown value, left out",
  "report.reference": "Reference group: {reference} ({rule})",
  "report.reference.none": "No reference group: {reason}",
  "report.rule.most-selected": "most selected",
  "report.rule.named": "named by you",
  "report.rule.none": "none",
  "report.excluded": "Excluded from impact ratios: {group}, {share} of candidates",
  "report.chiSquare": "Chi-square over all shown groups: {statistic}, df {df}, p {p}",
  "report.findings":
    "{below} of {comparisons} comparisons below four-fifths; {significant} significant after Holm correction; {both} both",
  "report.provenance": "Input {input} (SHA-256 {sha}), Aware {version}, {generatedAt}",
  "report.legend":
    "IR = impact ratio against the reference group (95% CI). <0.8 = below the four-fifths rule of thumb. p = Fisher exact, two-sided; p(Holm) = adjusted over all comparisons. Shortfall = expected minus actual selections at the pooled rate.",
  "chart.impactRatios":
    "Impact ratio of each compared group against the reference (dot) with its 95% confidence interval (line); dashed: the four-fifths line at 0.8.",
  "col.group": "Group",
  "col.n": "n",
  "col.selected": "Selected",
  "col.rate": "Rate",
  "col.rateCi": "Rate 95% CI",
  "col.ir": "IR",
  "col.irCi": "IR 95% CI",
  "col.flag": "4/5",
  "col.fisher": "p",
  "col.midP": "mid-p",
  "col.z": "z",
  "col.zP": "p(z)",
  "col.holm": "p(Holm)",
  "col.bh": "p(BH)",
  "col.shortfall": "Shortfall",
  "col.flip": "1-flip",
  "col.oddsRatio": "OR",
  "col.cohensH": "h",
  "col.scoringRate": "Scoring rate",
  "col.scoringIr": "Scoring IR",
  "col.smd": "SMD (d)",
  "col.status": "Status",
  "col.stage": "Stage",
  "col.gapStage": "Gap arises at",
  "col.cmh": "CMH p",
  "col.cut": "Cut score",
  "col.minIr": "Lowest IR",
  "flag.below": "<0.8",
  "flag.significant": "significant",
  "flag.reference": "reference",
  "flag.yes": "yes",
  "flag.no": "no",
  "status.ok": "ok",
  "status.suppressed": "suppressed",
  "status.excluded": "excluded",
  "status.undefined": "undefined",
  "section.selection": "Selection rates and impact ratios",
  "section.scoring": "Scores",
  "section.errorRates": "Error rates against the label",
  "section.funnel": "Funnel by stage",
  "section.strata": "Within requisitions (Cochran–Mantel–Haenszel)",
  "section.cutCurve": "Impact ratio across cut scores",
  "section.warnings": "Warnings",
  "section.summary": "Summary",
  "summary.none":
    "No group falls below four-fifths of the reference group's selection rate, and no difference is statistically significant after correction.",
  "summary.belowSignificant":
    "{group} ({grouping}) is selected at {ir} times the rate of {reference}: below four-fifths, and statistically significant (Holm-adjusted p = {p}).",
  "summary.belowOnly":
    "{group} ({grouping}) is selected at {ir} times the rate of {reference}: below four-fifths, but not statistically significant (Holm-adjusted p = {p}); the numbers may be too small to tell.",
  "summary.significantOnly":
    "{group} ({grouping}) is selected at {ir} times the rate of {reference}: above four-fifths, but the difference is statistically significant (Holm-adjusted p = {p}).",
  "summary.thin":
    "{grouping}: {count} groups too small to show (fewer than {minGroup} candidates, or hidden so they cannot be derived).",
  "warning.unknown-values":
    "{grouping}: {count} candidates have an unknown value and are left out of this grouping.",
  "warning.groups-suppressed": "{grouping}: {count} groups suppressed (minimum group size {minGroup}).",
  "warning.no-reference": "{grouping}: no group is large enough to be the reference; no impact ratios.",
  "warning.reference-without-selections":
    "{grouping}: the reference group has no selections; impact ratios are undefined.",
  "warning.reference-not-found":
    "{grouping}: the named reference {reference} does not occur; the most-selected group is used.",
  "warning.reference-not-eligible":
    "{grouping}: the named reference {reference} is suppressed or excluded; the most-selected group is used.",
  "warning.small-reference":
    "{grouping}: the most-selected group, {reference}, has only {n} candidates ({share}), so every impact ratio leans on a few people. Consider leaving out groups under 2 % (LL144; --exclude-below 0.02) or naming a reference group (--reference).",
  "warning.simpson":
    "{grouping}: for {group}, the pooled data and the comparison within requisitions point in opposite directions (Simpson's paradox). Read the stratified result.",
  "error.file-not-found": "{source}: file not found. Check the path.",
  "error.file-empty": "{source}: the file is empty. Export the decision log again.",
  "error.no-data-rows": "{source}: the file has a header but no data rows.",
  "error.unsupported-format": "{source}: unsupported file type. Use .csv, .tsv, .parquet or .jsonl.",
  "error.missing-column":
    '{source}: there is no column "{column}".{suggestion} Columns in the file: {available}.',
  "error.missing-column.suggestion": ' Did you mean "{suggestion}"?',
  "error.duplicate-column": '{source} line 1: the column "{column}" appears twice. Rename one of them.',
  "error.ragged-row":
    "{source} line {line}: expected {expected} fields, found {found}. Check the separator and quotes on that line; numbers with a decimal comma need a semicolon-separated file or quotes.",
  "error.unreadable-file": "{source}: cannot read the file: {detail}",
  "error.invalid-outcome":
    '{source}{where}: the outcome column "{column}" has the value "{value}"{count}. Use 1/0, yes/no, true/false or ja/nee.',
  "error.invalid-label":
    '{source}{where}: the label column "{column}" has the value "{value}"{count}. Use 1/0, yes/no, true/false or ja/nee, or leave it empty when unknown.',
  "error.invalid-score":
    '{source}{where}: the score column "{column}" has the value "{value}"{count}, which is not a number. Use digits with a decimal point or comma, no thousands separators.',
  "error.invalid-date":
    '{source}{where}: the date column "{column}" has the value "{value}"{count}. Write dates as YYYY-MM-DD or DD-MM-YYYY.',
  "error.missing-value": '{source}{where}: the column "{column}" is empty. Every row needs a {column} value.',
  "error.duplicate-id":
    '{source}: the id "{value}" in column "{column}" appears more than once (data row {row}). Every candidate needs their own id.',
  "error.likely-identifier":
    '{source}: the column "{column}" has {distinct} different values in {rows} rows; it looks like an identifier, not a group. Choose another column, or group its values first (e.g. age into bands).',
  "error.database-error": "{source}: the database refused the query: {detail}",
  "error.where.line": " line {line}",
  "error.count": " ({count} rows like this)",
  "error.usage": "Usage error: {detail}",
  "error.vacancy": "{source}: the vacancy cannot be used as it is:",
  "api.invalid-credentials": "The email address or password is not right.",
  "api.too-many-attempts": "Too many failed attempts. Wait {minutes} minutes and try again.",
  "api.unauthenticated": "Please log in first.",
  "api.forbidden": "Your role does not allow this. Ask an admin of your organisation.",
  "api.not-found": "This does not exist, or it belongs to another organisation.",
  "api.invalid-input": "Please check {field}: {detail}",
  "api.csrf":
    "The request was refused for your safety (missing or wrong security token). Reload the page and try again.",
  "api.email-taken": "An account with this email address already exists.",
  "api.invitation-invalid":
    "This invitation link is not valid any more: it was used, or it has expired. Ask for a new one.",
  "api.registration-closed":
    "This server already has an organisation. Ask its administrator for an invitation.",
  "api.last-admin": "The organisation needs at least one admin.",
  "api.upload-too-large": "The file is larger than the limit of {limit}.",
  "api.upload-empty": "The upload was empty. Choose the file again.",
  "api.problem": "{detail}",
  "api.vacancy-invalid":
    "The vacancy cannot be used as it is: {count} problem(s), each explained next to the rule concerned.",
  "api.policy-incomplete":
    "A preferential policy needs the documented disadvantage that justifies it (at least 20 characters) and the statement published with the vacancy, in Dutch and English.",
  "api.vacancy-not-open": "This vacancy is not open for applications (any more).",
  "api.privacy-required": "Please confirm that you have read how your application is processed.",
  "api.consent-required":
    "The monitoring questionnaire is voluntary; answers are stored only with your consent. Tick the consent box or leave the questionnaire.",
  "api.monitoring-off": "This vacancy has no monitoring questionnaire.",
  "api.reason-required":
    "This decision departs from the system's recommendation ({recommendation}). Write down why, in at least 10 characters.",
  "api.policy-off": "The preferential policy is not switched on for this vacancy, so it cannot break ties.",
  "api.not-a-tie":
    "These candidates are not equally suitable (scores {scores}); the preferential policy may only break a tie between candidates with the same score, none of them rejected by a knock-out rule or already decided.",
  "api.not-decided": "Record a decision first; the letter explains it.",
  "api.import-empty": "{file} has no candidates.",
  "api.import-row": "{file}, row {row}: {detail}",
  "screening.recommendation.advance": "advance",
  "screening.recommendation.review": "review by a person",
  "screening.recommendation.reject": "reject",
  "screening.audit.recommendation": "{vacancy}: the system's recommendations (algorithm)",
  "screening.audit.decision": "{vacancy}: final decisions (all deciders)",
  "screening.audit.decider": "{vacancy}: decisions by {decider}",
  "screening.audit.all-vacancies": "All vacancies",
  "api.nothing-to-audit": "The decision log has no recommendations or decisions yet: record decisions first.",
  "api.stale-version":
    "Someone saved this assessment after you opened it (version {version}). Reload to see their answers, then save again.",
  "api.unknown-question": "'{question}' is not a question of this assessment.",
  "api.invalid-answer": "The answer to '{question}' must be one of: {allowed}.",
  "api.unknown-evidence":
    "The evidence for '{question}' names an audit that does not exist in your organisation.",
  "api.discovery-too-few-decisions":
    "The decision log of this vacancy has {count} decided applications; finding groups needs at least {required}. Record more decisions first.",
  "discovery.decision-log": "decision log: {title}",
  "api.recommendation-changed":
    "The screening changed since you opened the list: the recommendation is now '{recommendation}' (vacancy version {version}). Reload the list and decide again.",
  "api.internal": "Something went wrong on the server. It has been logged; please try again.",
} as const;

export type MessageKey = keyof typeof messagesEn;
