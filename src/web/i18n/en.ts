import { assessmentEn } from "./assessment-en.ts";
import { candidateEn } from "./candidate-en.ts";
import { discoveryEn } from "./discovery-en.ts";
import { explainerEn } from "./explainer-en.ts";
import { screeningEn } from "./screening-en.ts";
import { wordingEn } from "./wording-en.ts";

/**
 * English texts of the web workbench (i18next, flat keys, placeholders {{name}}). The report's own
 * wording (table headers, summary, warnings) comes from src/core/i18n; these are the interface's
 * texts and the column definitions, written after docs/methods.md for readers who are not statisticians.
 */
export const en = {
  ...screeningEn,
  ...candidateEn,
  ...assessmentEn,
  ...explainerEn,
  ...wordingEn,
  ...discoveryEn,

  "app.tagline": "fair selection, checked",
  "app.skip": "Skip to main content",
  "app.footer": "Aware is open-source software for a responsible digital transition of work.",
  "app.unavailable": "Aware cannot be reached",

  "common.loading": "Loading…",
  "common.busy": "One moment…",
  "common.cancel": "Cancel",
  "common.close": "Close",
  "common.delete": "Delete",
  "common.save": "Save",
  "common.retry": "Try again",
  "common.actions": "Actions",
  "common.none": "none",

  "error.network": "The server cannot be reached. Check your connection and try again.",
  "error.server": "The server could not handle the request (error {{status}}). Please try again later.",
  "error.unexpected": "Something went wrong. Please try again.",

  "language.label": "Language",
  "nav.label": "Main",
  "nav.audits": "Audits",
  "nav.newAudit": "New audit",
  "nav.users": "Users",
  "nav.activity": "Activity log",
  "header.signedInAs": "{{name}} ({{role}})",
  "header.logout": "Sign out",
  "header.demo":
    "This is a demo organisation with invented example data. Try anything: nothing here concerns real people.",

  "role.admin": "administrator",
  "role.hr": "HR",
  "role.reviewer": "reviewer",
  "role.auditor": "auditor",
  "role.dhv": "digital first-aid (DHV-er)",
  "role.employee": "employee",
  "roleInfo.admin":
    "Administrators can do everything: run and delete audits, manage users and read the activity log.",
  "roleInfo.hr": "HR can upload decision logs, run audits and read the reports.",
  "roleInfo.reviewer": "Reviewers (for example the works council) can read the audits and their reports.",
  "roleInfo.auditor": "Auditors can read the audits, their reports and the activity log.",
  "roleInfo.dhv":
    "Digital first-aid helpers have no part in the selection audit yet; their desk comes later.",
  "roleInfo.employee": "Employees have no part in the selection audit; surveys and the help desk come later.",

  "form.error.required": "Fill this in.",
  "form.error.email": "Enter an e-mail address, like name@example.org.",
  "form.error.passwordLength": "Use at least {{min}} characters.",
  "account.name": "Your name",
  "account.email": "E-mail address",
  "account.newPassword": "Choose a password",
  "account.passwordHint": "At least {{min}} characters. A few unrelated words make a strong password.",

  "welcome.title": "Welcome to Aware",
  "welcome.intro":
    "Aware helps HR staff, employers and works councils check whether a selection procedure treats groups of candidates fairly: it compares how often each group is selected, says in plain words where a gap is large or statistically significant, and explains every number.",
  "setup.title": "Create your organisation",
  "setup.intro": "You become its administrator and can invite colleagues afterwards.",
  "setup.organisationName": "Name of the organisation",
  "setup.submit": "Create organisation",
  "demo.title": "Look around with example data",
  "demo.intro":
    "Opens a demo organisation with an invented decision log and an audit already run, so you can see what a report looks like.",
  "demo.button": "Open the demo organisation",
  "demo.busy": "Preparing the demo…",
  "login.title": "Sign in",
  "login.password": "Password",
  "login.submit": "Sign in",
  "login.missing": "Enter your e-mail address and password.",

  "invite.title": "Join your organisation",
  "invite.intro": "You have been invited to join {{organisation}} in Aware as {{role}}.",
  "invite.invalid":
    "This invitation is no longer valid: it has expired or has been used already. Ask your administrator for a new link.",
  "invite.signedIn":
    "You are signed in as {{name}}. Accepting creates a new account and signs you in with it.",
  "invite.submit": "Create my account",

  "audits.title": "Audits",
  "audits.intro":
    "Each audit compares how often groups of candidates were selected in one decision log. Open one to read its report, or pick two to see what changed.",
  "audits.new": "Start a new audit",
  "audits.empty": "There are no audits yet.",
  "audits.emptyRun":
    "There are no audits yet. Start one with a decision log exported from your recruitment system.",
  "audits.caption": "Saved audits, newest first",
  "audits.col.compare": "Compare",
  "audits.col.title": "Title",
  "audits.col.date": "Run on",
  "audits.col.file": "File",
  "audits.col.rows": "Rows",
  "audits.col.below": "Below 4/5",
  "audits.col.significant": "Significant",
  "audits.col.both": "Both",
  "audits.col.comparisons": "Comparisons",
  "audits.chooseForCompare": "Choose “{{title}}” to compare",
  "audits.compare": "Compare the two chosen audits",
  "audits.compareStatus": "{{count}} of 2 audits chosen.",
  "audits.deleteNamed": "Delete “{{title}}”",
  "audits.deleteTitle": "Delete this audit?",
  "audits.deleteMessage":
    "The audit “{{title}}” and its report will be deleted for everyone in your organisation. This cannot be undone.",

  "newAudit.title": "New audit",
  "newAudit.steps": "Steps",
  "newAudit.step1": "Choose a decision log",
  "newAudit.step2": "Say which column is what",
  "newAudit.step3": "Read the report",

  "upload.title": "Choose a decision log",
  "upload.intro":
    "A decision log has one row per candidate (per stage, if there are stages): whether they were selected, and the groups you want to compare, such as gender or age band.",
  "upload.drop": "Drop the file here, or",
  "upload.choose": "Choose a file",
  "upload.formats": "CSV or TSV (with a header row), Parquet, or JSON lines. Large files are fine.",
  "upload.wrongType": "“{{name}}” is not a file Aware can read. Use CSV, TSV, Parquet or JSON lines.",
  "upload.progress": "Uploading {{name}}",
  "upload.progressBytes": "{{loaded}} of {{total}}",
  "upload.percent": "{{percent}} percent uploaded",
  "upload.cancel": "Cancel the upload",
  "upload.cancelled": "The upload was cancelled.",
  "upload.earlier": "Or use a file uploaded before",
  "upload.earlierCaption": "Files uploaded before",
  "upload.col.file": "File",
  "upload.col.size": "Size",
  "upload.col.date": "Uploaded",
  "upload.use": "Use",
  "upload.useNamed": "Use {{name}}",
  "upload.deleteNamed": "Delete {{name}}",
  "upload.deleteTitle": "Delete this file?",
  "upload.deleteMessage":
    "The uploaded file “{{name}}” will be deleted. Audits already run from it are kept.",

  "mapping.title": "Say which column is what",
  "mapping.file": "File: {{name}} ({{size}}, {{columns}} columns).",
  "mapping.otherFile": "Choose another file",
  "mapping.intro":
    "Aware has made a first guess from the column names and values. Check every choice before running the audit.",
  "mapping.problems": "Please check the following:",
  "mapping.columns": "Columns",
  "mapping.auditTitle": "Title of the audit",
  "mapping.choose": "— choose a column —",
  "mapping.none": "— none —",
  "mapping.outcome": "Outcome (selected or not)",
  "mapping.outcomeHint":
    "The column that says whether the candidate was selected or went on to the next stage: yes/no, 1/0, true/false or ja/nee.",
  "mapping.protected": "Groups to compare",
  "mapping.protectedHint":
    "The columns with the characteristics to check for unequal treatment, such as gender, ethnicity or age band. Choose at least one.",
  "mapping.score": "Score (optional)",
  "mapping.scoreHint": "A number given to each candidate, such as a test or assessment score.",
  "mapping.label": "Known suitability (optional)",
  "mapping.labelHint":
    "Whether the candidate later proved suitable (yes/no), to compare error rates between groups.",
  "mapping.stage": "Stage (optional)",
  "mapping.stageHint":
    "The selection stage of the row, such as application, interview, offer: shows where a gap arises.",
  "mapping.requisition": "Vacancy (optional)",
  "mapping.requisitionHint": "The vacancy or requisition, to compare groups within the same vacancy.",
  "mapping.date": "Date (optional)",
  "mapping.dateHint": "The date of the decision, so the report states the period it covers.",
  "mapping.comparison": "How to compare",
  "mapping.intersections": "Combinations of groups",
  "mapping.intersectionsHint":
    "Besides each characteristic on its own, Aware can compare combinations, such as women of a given ethnicity: gaps can hide there.",
  "mapping.intersectionsNeedTwo": "Choose two or more characteristics to compare combinations.",
  "mapping.intersections.none": "Each characteristic on its own",
  "mapping.intersections.pairs": "Also every pair of characteristics",
  "mapping.intersections.all": "Also every combination of characteristics",
  "mapping.reference": "Compare each group with",
  "mapping.referenceHint":
    "By default each group is compared with the group selected most often, as the four-fifths rule does. You can name another group instead.",
  "mapping.minGroup": "Smallest group to show",
  "mapping.minGroupHint":
    "Groups with fewer candidates are hidden, so no one can be recognised and no figure rests on a handful of people. At least {{min}}.",
  "mapping.exclude": "Leave out groups under 2 % of the candidates when computing impact ratios",
  "mapping.excludeHint":
    "Optional, as New York City's Local Law 144 allows: such groups keep their count and selection rate, but get no impact ratio and cannot be the reference.",
  "mapping.run": "Run the audit",
  "mapping.running": "Running the audit…",
  "mapping.runningHint": "Running the audit. For a large file this can take a minute.",
  "mapping.error.outcomeRequired": "Choose the column with the outcome.",
  "mapping.error.protectedRequired": "Choose at least one column with groups to compare.",
  "mapping.error.protectedIsOutcome": "The outcome column cannot also be a group to compare.",
  "mapping.error.columnTwice": "This column is already used for something else.",
  "mapping.error.minGroup": "Enter a whole number of at least {{min}}.",
  "mapping.error.stageOrder": "Put the stages in order, or let Aware work out the order.",

  "stages.legend": "Order of the stages",
  "stages.inferred": "Work it out: the stage with the most rows first",
  "stages.manual": "Set the order myself",
  "stages.tooMany": "The stage column has too many different values to order by hand.",
  "stages.up": "Move {{stage}} up",
  "stages.down": "Move {{stage}} down",
  "stages.upShort": "Up",
  "stages.downShort": "Down",
  "stages.moved": "{{stage}} is now stage {{position}} of {{count}}.",

  "reference.label": "Reference for {{attribute}}",
  "reference.mostSelected": "The group selected most often (default)",
  "reference.more": "Only the first {{count}} values are listed.",
  "reference.unavailable": "The values of this column could not be loaded; the default is used.",

  "report.title": "Report",
  "report.back": "All audits",
  "report.meta": "Run on {{date}} from {{file}}",
  "report.contents": "In this report",
  "report.summaryNote":
    "The four-fifths rule is a rule of thumb for screening, not a verdict: read it with the significance, the number of candidates and the context.",

  "chart.inWords": "The chart in words",
  "chart.rate.axis": "Selection rate",
  "chart.rate.caption": "Selection rate per group: {{grouping}}",
  "chart.rate.description":
    "Selection rate of each group with its 95% confidence interval: {{list}}. Dashed line: the overall rate, {{overall}}.",
  "chart.ir.axis": "Impact ratio",
  "chart.ir.caption": "Impact ratio per group against {{reference}}: {{grouping}}",
  "chart.ir.description":
    "Impact ratio of each group with its 95% confidence interval: {{list}}. Dashed red line: the four-fifths line at 0.8; grey line: equal rates (1). Below four-fifths: {{below}}.",
  "chart.ir.noneBelow": "no group",
  "chart.funnel.axis": "Share that advanced",
  "chart.funnel.caption": "Funnel: share of each group that advanced, per stage: {{grouping}}",
  "chart.funnel.description":
    "Per stage, each group's share that advanced (and its impact ratio at that stage; red triangles are below 0.8): {{list}}.",
  "chart.cut.xAxis": "Cut score",
  "chart.cut.yAxis": "↑ Lowest impact ratio",
  "chart.cut.caption": "Lowest impact ratio at each cut score: {{grouping}}",
  "chart.cut.description":
    "If only candidates scoring above the cut score were selected, the lowest impact ratio among the groups would be: {{list}}. It first falls below 0.8 at cut score {{firstBelow}}.",
  "chart.cut.never": "none of the cut scores",

  "table.explain": "(what does this mean?)",

  "downloads.title": "Download the report",
  "downloads.language": "Language of the report",
  "downloads.pdf": "PDF",
  "downloads.pdfUse": "to print or send",
  "downloads.html": "Web page (HTML)",
  "downloads.htmlUse": "with charts, opens in any browser",
  "downloads.csv": "Table (CSV)",
  "downloads.csvUse": "for a spreadsheet",
  "downloads.md": "Text (Markdown)",
  "downloads.mdUse": "for documentation or a wiki",
  "downloads.json": "Data (JSON)",
  "downloads.jsonUse": "every figure, for other software (schema aware.audit/1)",

  "provenance.title": "Where these figures come from",
  "provenance.intro":
    "Enough to reproduce this report: the exact file, the settings and the version of Aware.",
  "provenance.input": "Input",
  "provenance.sha256": "Fingerprint of the file (SHA-256)",
  "provenance.format": "Format",
  "provenance.version": "Aware version",
  "provenance.generatedAt": "Computed on",
  "provenance.protected": "Groups compared",
  "provenance.intersections": "Combinations",
  "provenance.reference": "Reference",
  "provenance.minGroup": "Smallest group shown",
  "provenance.excludeBelow": "Groups left out of impact ratios below",
  "provenance.alpha": "Significance level",
  "provenance.stageOrder": "Order of stages",
  "provenance.asGiven": "The settings as given",

  "compare.title": "Compare two audits",
  "compare.before": "Earlier",
  "compare.after": "Later",
  "compare.intro":
    "For each group: the selection rate and the impact ratio in both audits, and the change from the earlier to the later (rates in percentage points). “Not in this audit” means the group or grouping does not occur there.",
  "compare.references": "Reference group: {{before}} (earlier), {{after}} (later).",
  "compare.caption": "Changes per group: {{grouping}}",
  "compare.rateBefore": "Selection rate, earlier",
  "compare.rateAfter": "Selection rate, later",
  "compare.rateChange": "Change (percentage points)",
  "compare.irBefore": "Impact ratio, earlier",
  "compare.irAfter": "Impact ratio, later",
  "compare.irChange": "Change in impact ratio",
  "compare.absent": "not in this audit",

  "users.title": "Users and invitations",
  "users.intro": "Who can use Aware in your organisation, and what each person may do.",
  "users.caption": "Users of your organisation",
  "users.role": "Role",
  "users.roleOf": "Role of {{name}}",
  "users.since": "Since",
  "users.you": "(you)",
  "users.saveNamed": "Save the role of {{name}}",
  "users.saved": "{{name}} is now {{role}}.",
  "users.invite": "Invite someone",
  "users.inviteIntro":
    "Create a link and send it yourself, by e-mail or chat: Aware does not send e-mail. Whoever opens the link can create an account with the chosen role.",
  "users.inviteRole": "Role of the new user",
  "users.inviteCreate": "Create an invitation link",
  "users.inviteLink": "Invitation link ({{role}})",
  "users.inviteExpires": "The link works once, until {{date}}.",

  "copy.button": "Copy",
  "copy.done": "Copied.",
  "copy.manual": "Copying did not work: the link is selected, press Ctrl+C (or ⌘C) to copy it.",

  "activity.title": "Activity log",
  "activity.intro":
    "Everything done in Aware in your organisation, newest first. Entries cannot be changed or removed.",
  "activity.caption": "Activity, newest first",
  "activity.empty": "Nothing has been logged yet.",
  "activity.when": "When",
  "activity.who": "Who",
  "activity.what": "What",
  "activity.subject": "About",
  "activity.system": "Aware",
  "activity.action.setup": "created the organisation",
  "activity.action.demo": "opened the demo organisation",
  "activity.action.login": "signed in",
  "activity.action.login.failed": "failed to sign in",
  "activity.action.logout": "signed out",
  "activity.action.user.role": "changed a role",
  "activity.action.invitation.create": "created an invitation",
  "activity.action.invitation.accept": "accepted an invitation",
  "activity.action.upload.create": "uploaded a file",
  "activity.action.upload.delete": "deleted a file",
  "activity.action.audit.create": "ran an audit",
  "activity.action.audit.view": "opened an audit",
  "activity.action.audit.delete": "deleted an audit",
  "activity.action.report.download": "downloaded a report",

  "roleHome.title": "Welcome, {{name}}",
  "roleHome.intro": "You are signed in to {{organisation}} as {{role}}.",
  "roleHome.later":
    "There is nothing for your role in the selection audit yet. Aware's other parts (digital skills, the digital first-aid desk and the technostress survey) will appear here when they are ready.",
  "roleHome.access":
    "Do you need to read audits? Ask an administrator of your organisation to change your role.",
  "notFound.title": "Page not found",
  "notFound.text": "There is no page at this address. It may have moved, or the link may be incomplete.",
  "notFound.home": "Go to the start page",
  "notAllowed.title": "Not available for your role",
  "notAllowed.text":
    "Your role does not include this page. An administrator can change your role if you need it.",

  "def.group.title": "Group",
  "def.group.body":
    "The candidates who share a value of the characteristic (or, for a combination, every value), exactly as written in the file. Candidates with an empty value are counted as unknown and left out of this grouping.",
  "def.status.title": "Status",
  "def.status.body":
    "ok: all figures are computed. suppressed: the group has fewer candidates than the smallest group to show, or is hidden so that a small group cannot be worked out by subtraction; no figures are shown. excluded: under the 2 % share chosen for exclusion; the rate is shown but no impact ratio. undefined: there is nothing to compare with (no reference group, or the reference selected no one).",
  "def.n.title": "Number of candidates",
  "def.n.body":
    "How many candidates the group has. With stages: the candidates at the first stage. Hidden (–) for a suppressed group.",
  "def.selected.title": "Number selected",
  "def.selected.body":
    "How many candidates of the group were selected. With stages: selected at the last stage.",
  "def.rate.title": "Selection rate",
  "def.rate.body":
    "Selected divided by the number of candidates: the share of the group that was selected. 0.400 means 40 in every 100.",
  "def.rateCi.title": "Confidence interval of the selection rate",
  "def.rateCi.body":
    "The range in which the group's true selection rate lies with 95 % confidence, given how many candidates there were (Wilson score interval). A wide range means few candidates: read the rate with care.",
  "def.ir.title": "Impact ratio",
  "def.ir.body":
    "The group's selection rate divided by the reference group's. 1 means selected equally often; 0.60 means selected 60 % as often as the reference. The reference is the group selected most often (as US guidelines and New York City's Local Law 144 prescribe) unless you named another.",
  "def.irCi.title": "Confidence interval of the impact ratio",
  "def.irCi.body":
    "The range in which the true impact ratio lies with 95 % confidence (Katz log method). If the whole range is below 0.8, the gap is unlikely to be chance alone; if it includes 1, equal rates cannot be ruled out.",
  "def.flag.title": "Four-fifths rule",
  "def.flag.body":
    "Marked <0.8 when the impact ratio is below 0.8 (four fifths), the rule of thumb of the US Uniform Guidelines (29 CFR 1607.4(D)). It is a signal to look closer, not proof of discrimination: with small numbers a gap can be chance, and a smaller gap can still matter. Read it with the p-values.",
  "def.fisher.title": "p-value (Fisher's exact test)",
  "def.fisher.body":
    "How likely a difference at least this large would be if both groups had the same chance of selection. Small values (below 0.05) mean the difference is hard to explain by chance. Fisher's exact test is precise even for small groups; two-sided.",
  "def.midP.title": "Mid-p",
  "def.midP.body":
    "A less conservative version of Fisher's p-value (Lancaster 1961): the p-value minus half the probability of exactly the observed table. Useful as a second opinion for small groups.",
  "def.z.title": "z (two-proportion z-test)",
  "def.z.body":
    "The difference between the two selection rates in standard deviations. Below −2 is the “two standard deviations” US courts have used as a sign of a real gap (Hazelwood, Castaneda). Negative: the group is selected less often than the reference.",
  "def.zP.title": "p-value of the z-test",
  "def.zP.body": "The two-sided p-value of the z-test. For large groups it agrees with Fisher's test.",
  "def.holm.title": "p-value corrected for many comparisons (Holm)",
  "def.holm.body":
    "When many groups are compared, some small p-values appear by chance alone. Holm's correction adjusts Fisher's p-values over every comparison in this audit. Below the significance level (0.05 by default) counts as statistically significant and is marked with *.",
  "def.bh.title": "p-value corrected (Benjamini–Hochberg)",
  "def.bh.body":
    "A milder correction for many comparisons that controls the share of false alarms among the significant results. Shown beside Holm's for those who prefer it.",
  "def.shortfall.title": "Shortfall",
  "def.shortfall.body":
    "How many more candidates of this group would have been selected at the selection rate of all groups together, minus how many were: the gap in people rather than in percentages. Negative: more were selected than expected.",
  "def.flip.title": "One-person flip",
  "def.flip.body":
    "Yes when one person more (or fewer) selected in this group would move the impact ratio to the other side of 0.8. Then the four-fifths result hangs on a single decision and should not be relied on (US Uniform Guidelines, Questions and Answers 21).",
  "def.oddsRatio.title": "Odds ratio",
  "def.oddsRatio.body":
    "The odds of selection in the group (selected to not selected) divided by those of the reference. Like the impact ratio, below 1 means less often selected; it is the measure many statistical methods work with.",
  "def.cohensH.title": "Cohen's h (effect size)",
  "def.cohensH.body":
    "How large the difference between the two selection rates is, on a scale that does not depend on the number of candidates: about 0.2 small, 0.5 medium, 0.8 large (Cohen 1988). Negative: the group is selected less often.",
  "def.scored.title": "Candidates with a score",
  "def.scored.body": "How many candidates of the group have a score.",
  "def.scoringRate.title": "Scoring rate",
  "def.scoringRate.body":
    "The share of the group's candidates scoring above the median score of all candidates, as New York City's Local Law 144 defines it. A score exactly on the median does not count as above.",
  "def.scoringIr.title": "Scoring impact ratio",
  "def.scoringIr.body":
    "The group's scoring rate divided by the highest scoring rate (or the named reference's). Below 0.8 signals that the scores themselves may disadvantage the group.",
  "def.scoringIrCi.title": "Confidence interval of the scoring impact ratio",
  "def.scoringIrCi.body":
    "The range in which the true scoring impact ratio lies with 95 % confidence (Katz log method).",
  "def.meanScore.title": "Mean score (μ)",
  "def.meanScore.body": "The average score of the group's candidates with a score.",
  "def.smd.title": "Standardised mean difference (Cohen's d)",
  "def.smd.body":
    "The difference between the group's mean score and the reference's, in pooled standard deviations: about 0.2 small, 0.5 medium, 0.8 large. Negative: the group scores lower.",
  "def.smdCi.title": "Confidence interval of the standardised mean difference",
  "def.smdCi.body":
    "The range in which the true difference lies with 95 % confidence (Hedges and Olkin 1985).",
  "def.tpr.title": "True positive rate (TPR)",
  "def.tpr.body":
    "Of the candidates later known to be suitable, the share that was selected. Lower than the reference's: suitable candidates of this group are missed more often. The factor in brackets is the ratio to the reference.",
  "def.fpr.title": "False positive rate (FPR)",
  "def.fpr.body": "Of the candidates known to be unsuitable, the share that was still selected.",
  "def.fnr.title": "False negative rate (FNR)",
  "def.fnr.body": "Of the suitable candidates, the share that was rejected: 1 − TPR.",
  "def.ppv.title": "Positive predictive value (PPV)",
  "def.ppv.body": "Of the selected candidates, the share that proved suitable.",
  "def.fdr.title": "False discovery rate (FDR)",
  "def.fdr.body": "Of the selected candidates, the share that proved unsuitable: 1 − PPV.",
  "def.for.title": "False omission rate (FOR)",
  "def.for.body": "Of the rejected candidates, the share that was in fact suitable.",
  "def.npv.title": "Negative predictive value (NPV)",
  "def.npv.body": "Of the rejected candidates, the share that was indeed unsuitable: 1 − FOR.",
  "def.accuracy.title": "Accuracy",
  "def.accuracy.body": "The share of decisions that matched the known suitability, selected or rejected.",
  "def.cmhChi.title": "Cochran–Mantel–Haenszel statistic",
  "def.cmhChi.body":
    "A test of whether the group is selected less often than the reference within the same vacancies, combining the vacancies instead of pooling them. It guards against a gap that only appears (or disappears) because groups applied to different vacancies.",
  "def.cmhP.title": "p-value within vacancies",
  "def.cmhP.body":
    "The p-value of the Cochran–Mantel–Haenszel test: small values mean a consistent gap within vacancies.",
  "def.mhOddsRatio.title": "Common odds ratio within vacancies",
  "def.mhOddsRatio.body":
    "The Mantel–Haenszel odds ratio: the group's odds of selection against the reference's, averaged over the vacancies.",
  "def.pooledOddsRatio.title": "Odds ratio of all vacancies together",
  "def.pooledOddsRatio.body":
    "The odds ratio when all vacancies are simply added up, for comparison with the one within vacancies.",
  "def.simpson.title": "Simpson's paradox",
  "def.simpson.body":
    "⚠ when the two odds ratios point in opposite directions: the picture of all vacancies together and the picture within vacancies disagree. Then read the result within vacancies.",
  "def.stageFigures.title": "Figures per stage",
  "def.stageFigures.body":
    "For this stage: the group's candidates at the stage (n), the share that advanced (rate), and the impact ratio against the reference's rate at the same stage.",
  "def.gapStage.title": "Where the gap arises",
  "def.gapStage.body":
    "The stage with the lowest stage-wise impact ratio below 1: where the group falls behind the most. A place to look first.",
  "def.cut.title": "Cut score",
  "def.cut.body":
    "A possible pass mark: 19 evenly spaced values between the lowest and the highest score. Each row shows what would happen if only candidates scoring above it were selected.",
  "def.minIr.title": "Lowest impact ratio",
  "def.minIr.body":
    "At this cut score, the lowest impact ratio among the groups shown, each group's share above the cut compared with the highest share.",
  "def.cutGroupIr.title": "Impact ratio of the group at this cut score",
  "def.cutGroupIr.body":
    "The group's share of candidates scoring above the cut, divided by the highest share of any group. Follow the column down to see which pass marks would disadvantage the group.",
} as const;

export type UiKey = keyof typeof en;
