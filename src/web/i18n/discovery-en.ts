/**
 * English texts of the discovery page (issue 5): groups that are worse off, found without protected
 * data. Spread into en.ts; nl: discovery-nl.ts. The report's own wording (summary, profiles, notes,
 * table headers) comes from src/core/discovery.
 */
export const discoveryEn = {
  "nav.discover": "Discover groups",
  "activity.action.discovery.run": "searched for disadvantaged groups",

  "discovery.title": "Discover disadvantaged groups",
  "discovery.intro":
    "Find groups of applicants that are worse off than the rest, described by ordinary features such as a career gap or part-time hours, without needing data on gender, origin or other protected characteristics.",
  "discovery.how":
    "The rows are split in two at random: the groups are searched for in one half and tested in the other, which the search did not see. Only a difference that holds up in that second half, after correcting for the number of groups, is called significant. A group found is a lead to look into, not proof of discrimination.",

  "discovery.source.title": "1. What to search",
  "discovery.source.kind": "Source",
  "discovery.source.upload": "An uploaded decision log",
  "discovery.source.vacancy": "The screening decision log of a vacancy",
  "discovery.source.noUploads": "No decision logs have been uploaded yet.",
  "discovery.source.file": "Decision log",
  "discovery.source.chooseFile": "Choose a file…",
  "discovery.source.uploadGone": "This upload no longer exists, or it belongs to another organisation.",
  "discovery.source.uploadNew": "Or upload a new file",
  "discovery.source.noVacancies": "There are no vacancies yet.",
  "discovery.source.vacancyField": "Vacancy",
  "discovery.source.vacancyHint":
    "One row per application with a decision; the latest decision counts. At least 20 decided applications are needed.",
  "discovery.source.chooseVacancy": "Choose a vacancy…",
  "discovery.source.vacancyOption": "{{title}} ({{decided}} decided)",

  "discovery.settings.title": "2. What to look for",
  "discovery.settings.problems": "Please check the following",
  "discovery.settings.outcome": "The outcome",
  "discovery.settings.logOutcome":
    "The outcome is each application's latest decision: advanced (1) or rejected (0). Being rejected is the worse side. The features are the fields of the application form; monitoring answers are never searched.",
  "discovery.settings.kind": "What kind of outcome is it?",
  "discovery.settings.decisionColumn": "Column with the decision",
  "discovery.settings.scoreColumn": "Column with the score",
  "discovery.settings.prediction": "Column with the prediction",
  "discovery.settings.choose": "Choose a column…",
  "discovery.settings.label": "Column with the true outcome (label)",
  "discovery.settings.labelHint":
    "What actually turned out to be right, e.g. whether the candidate was suitable. A row counts as an error when the prediction differs from it.",
  "discovery.settings.worse": "Which side is worse for the applicant?",
  "discovery.settings.worseHint":
    "The search looks for groups that end up on this side more often than the rest.",
  "discovery.settings.search": "The search",
  "discovery.settings.method": "Method",
  "discovery.settings.features": "Features to search",
  "discovery.settings.featuresHint":
    "The columns a group may be described by ({{chosen}} of {{total}} chosen). The outcome, the id column and the protected attributes are never searched.",
  "discovery.settings.all": "Choose all",
  "discovery.settings.none": "Choose none",
  "discovery.settings.protected": "Protected attributes (optional, for validation)",
  "discovery.settings.protectedHint":
    "Gender, origin and the like are never used to find groups. When you name them, the report shows how each group is made up by them (counts below 5 are hidden) and which features stand in for them (the proxy check).",
  "discovery.settings.noProtected": "This source has no columns left to name as protected attributes.",
  "discovery.settings.monitoringRole":
    "Your role does not give access to monitoring answers, so they cannot be used here; an admin or auditor can.",
  "discovery.settings.monitoringOff":
    "This vacancy has no monitoring questionnaire, so there are no answers to use.",
  "discovery.settings.advanced": "Advanced settings",
  "discovery.settings.id": "Id column",
  "discovery.settings.idHint":
    "A column that names each row, such as a candidate number. It is never searched.",
  "discovery.settings.noId": "No id column",
  "discovery.settings.minSize": "Smallest group (% of the searched half)",
  "discovery.settings.minSizeHint":
    "Leave empty for the method's default ({{default}}%). Smaller groups are found too, but are harder to confirm. Between 0 and 50.",
  "discovery.settings.seed": "Seed",
  "discovery.settings.seedHint":
    "The random split and the repeats depend on it; the same seed on the same data gives the same report.",
  "discovery.settings.run": "Search for groups",
  "discovery.settings.running": "Searching…",
  "discovery.settings.runningHint":
    "Searching and testing the groups. A large log (100,000 rows) takes about ten seconds; please keep this page open.",

  "discovery.kind.decision": "A decision (yes/no)",
  "discovery.kind.decisionHint": "For example invited, hired or advanced: 1/0, yes/no, true/false or ja/nee.",
  "discovery.kind.score": "A score",
  "discovery.kind.scoreHint": "A number, such as an assessment score or a ranking score.",
  "discovery.kind.error": "An error of a prediction",
  "discovery.kind.errorHint":
    "A prediction and the true outcome: the search looks for groups for whom the prediction is wrong more often.",

  "discovery.method.subgroups": "Subgroup discovery (recommended)",
  "discovery.method.subgroupsHint":
    "Finds groups described by a readable rule, such as “gap_months ≥ 12 and hours_per_week ≤ 24”.",
  "discovery.method.hbac": "Bias-aware clustering (HBAC)",
  "discovery.method.hbacHint":
    "The method of Algorithm Audit's tool, for comparison: clusters of similar applicants, described afterwards by how they differ from the rest.",

  "discovery.worse.low": "Lower is worse",
  "discovery.worse.lowHint": "A 0 (rejected, not invited) or a low score is bad for the applicant.",
  "discovery.worse.lowErrorHint": "Unusual for errors: a correct prediction would count as the worse side.",
  "discovery.worse.high": "Higher is worse",
  "discovery.worse.highHint": "A 1 or a high score is bad for the applicant, as with a risk score.",
  "discovery.worse.highErrorHint": "An error is bad for the applicant: the usual choice.",

  "discovery.error.outcome": "Choose the column with the outcome.",
  "discovery.error.prediction": "Choose the column with the prediction.",
  "discovery.error.label": "Choose the column with the true outcome.",
  "discovery.error.sameColumns": "The prediction and the true outcome must be different columns.",
  "discovery.error.features": "Choose at least one feature to search.",
  "discovery.error.minSize": "The smallest group must be a percentage between 0 and 50, such as 5.",
  "discovery.error.seed": "The seed must be a whole number of 0 or more.",

  "discovery.results.contents": "Contents of the result",
  "discovery.results.summary": "Result",
  "discovery.results.caution":
    "A significant group is a lead to investigate, not proof of discrimination: its cause and any justification need a person's judgement.",
  "discovery.results.notes": "Notes",
  "discovery.results.groups": "Groups found",
  "discovery.results.groupsIntro":
    "Group 0 is the group the search ranked as most disadvantaged. Every figure below comes from the held-out half, where the group was not chosen.",
  "discovery.results.clustersIntro":
    "Every applicant is in one cluster; cluster 0 is the one HBAC ranked as most disadvantaged. Every figure below comes from the held-out half.",
  "discovery.results.proxies": "Proxies",
  "discovery.results.proxiesIntro":
    "Which features carry information about a protected attribute, and how much of the outcome gap between its groups disappears when people with the same value of the feature are compared.",

  "discovery.facts.subgroups": "Method: subgroup discovery",
  "discovery.facts.hbac": "Method: bias-aware clustering (HBAC)",
  "discovery.facts.outcomeDecision": "Outcome: the decision in “{{column}}”;",
  "discovery.facts.outcomeScore": "Outcome: the score in “{{column}}”;",
  "discovery.facts.outcomeError": "Outcome: an error, where “{{prediction}}” differs from “{{label}}”;",
  "discovery.facts.worseLow": "lower is worse.",
  "discovery.facts.worseHigh": "higher is worse.",
  "discovery.facts.rows":
    "{{used}} of {{total}} rows used: groups searched for in {{search}}, tested on {{heldOut}}.",
  "discovery.facts.overallRate": "Over everyone: {{value}}.",
  "discovery.facts.overallMean": "Mean over everyone: {{value}}.",
  "discovery.facts.protected": "Protected attributes, for validation only: {{columns}}.",

  "discovery.chart.caption": "Outcome of each group against the rest (held-out half)",
  "discovery.chart.label": "Group {{id}}",
  "discovery.chart.cluster": "Cluster {{id}}",
  "discovery.chart.unstable": "{{name}} (unstable)",
  "discovery.chart.axisRate": "Share with the outcome →",
  "discovery.chart.axisScore": "Mean score →",
  "discovery.chart.point": "{{group}}: {{value}} (rest {{rest}})",
  "discovery.chart.interval": ", the group plausibly between {{lower}} and {{upper}}",
  "discovery.chart.significant": "significantly worse off.",
  "discovery.chart.notSignificant": "not significant.",
  "discovery.chart.item": "{{group}}: {{value}} against {{rest}} in the rest{{interval}}; {{verdict}}",
  "discovery.chart.description": "{{list}} Over everyone: {{overall}}.",
  "discovery.chart.legend":
    "Dot: the group; ring: the rest; line: the 95% interval of the difference, placed around the rest; red triangle: significantly worse off after correction for the number of groups (Holm); dashed line: everyone.",

  "discovery.group.title": "Group {{id}}: {{description}}",
  "discovery.group.significant": "Significantly worse off (Holm p {{p}})",
  "discovery.group.notSignificant": "Not significant in the held-out half",
  "discovery.group.better": "Significantly different, but better off in the held-out half (Holm p {{p}})",
  "discovery.group.cluster": "Cluster {{id}}",
  "discovery.group.unstable": "Unstable: found again in fewer than half of the repeats",
  "discovery.group.similar": "Merged with similar rules: {{rules}}",

  "discovery.composition.caption": "Group {{id}} by {{attribute}} (held-out half)",
  "discovery.composition.clusterCaption": "Cluster {{id}} by {{attribute}} (held-out half)",
  "discovery.composition.group": "In the group",
  "discovery.composition.rest": "In the rest",
  "discovery.composition.missing": "unknown",
  "discovery.composition.hidden": "hidden (fewer than 5)",

  "discovery.proxies.gap": "{{attribute}}: impact ratio {{ratio}} ({{lowest}} against {{highest}}).",
  "discovery.proxies.noGap": "{{attribute}}: no impact ratio ({{reason}}).",

  "discovery.provenance.seed": "Seed",
  "discovery.provenance.minSize": "Smallest group",
  "discovery.provenance.resamples": "Repeats for stability",
  "discovery.provenance.minGroup": "Minimum group size shown",

  "discovery.downloads.htmlUse": "the whole report, opens in any browser",
  "discovery.downloads.jsonUse": "every figure, for other software (schema aware.discovery/1)",

  "discovery.link.vacancy": "Discover disadvantaged groups in this decision log",
  "discovery.link.vacancyIntro":
    "Look for groups of candidates, described by their application fields, who were rejected more often than the rest.",
  "discovery.link.upload": "Discover groups",
  "discovery.link.uploadNamed": "Discover groups in {{name}}",
} as const;
