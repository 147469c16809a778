/**
 * English texts of the awareness explainer (issue 6, /learn, public): how a screening model trained on
 * biased history repeats the bias. Spread into en.ts; nl: explainer-nl.ts.
 */
export const explainerEn = {
  "nav.learn": "How bias creeps in",
  "welcome.learnTitle": "How does a model learn old bias?",
  "welcome.learnText":
    "An interactive explanation, no account needed: train a simple screening model on an invented, biased history, leave out gender, and watch the gap stay.",
  "welcome.learnLink": "See how bias creeps into a screening model",

  "learn.title": "How a screening model learns old bias",
  "learn.intro":
    "A model trained on past hiring decisions learns what recruiters did, including their bias. Leaving out the protected attribute does not fix it when other features stand in for it. Follow five steps with an invented history of {{size}} applicants.",
  "learn.inBrowser":
    "Nothing here is real and nothing leaves your browser: the history is generated from a seed, the model is trained on your computer, and every impact ratio comes from Aware's own audit engine.",

  "learn.scenario.gender": "Gender (women)",
  "learn.scenario.migration": "Migration background",
  "learn.group.women": "women",
  "learn.group.men": "men",
  "learn.group.migration": "people with a migration background",
  "learn.group.noMigration": "people without a migration background",
  "learn.attribute.gender": "gender",
  "learn.attribute.migration": "migration background",
  "learn.proxies.gender": "part-time work and a career gap",
  "learn.proxies.migration": "postcode area and a career gap",
  "learn.feature.testScore": "Skill test score (0–100)",
  "learn.feature.experience": "Years of relevant experience",
  "learn.feature.woman": "Woman",
  "learn.feature.migration": "Migration background",
  "learn.feature.partTime": "Works part-time",
  "learn.feature.postcode": "Lives in one of the city's postcode areas",
  "learn.feature.careerGap": "Career gap of a year or more",
  "learn.unit.perPoint": "per test point",
  "learn.unit.perYear": "per year",
  "learn.unit.ifYes": "if yes",

  "learn.step1.title": "1. The history",
  "learn.step1.text":
    "Imagine {{size}} past applicants. A true suitability, which nobody can see directly, decides who would do the job well; a skill test and years of experience measure it, with noise. The groups by {{attribute}} are equally suitable, but past recruiters held one group back. Change the setting to see a fairer or a harsher past.",
  "learn.settings.title": "The invented history",
  "learn.settings.scenario": "Protected group",
  "learn.settings.bias": "How strongly past recruiters held the group back",
  "learn.settings.biasHint":
    "0 is fair. At 1.5 the odds of being hired at equal test score and experience were about four and a half times smaller.",
  "learn.settings.biasValue": "bias strength {{value}}",
  "learn.settings.seed": "Seed",
  "learn.settings.seedHint": "The same number always gives the same invented history.",
  "learn.settings.seedError": "Enter a whole number from 1 to 999999.",
  "learn.settings.another": "Another history",
  "learn.history.text":
    "In this history {{protected}} and {{other}} are equally suitable: {{protectedSuitable}} of {{protected}} and {{otherSuitable}} of {{other}} were truly suitable. Yet of the truly suitable, recruiters hired {{protectedRate}} of {{protected}} and {{otherRate}} of {{other}}.",
  "learn.history.caption": "The past decisions, per group",
  "learn.history.all": "all applicants",
  "learn.history.suitable": "the truly suitable",
  "learn.history.axis": "Share hired",
  "learn.history.chart": "Share hired in the past, per group",
  "learn.history.ratio":
    "Audited like any decision log, {{protected}} were hired {{ratio}} times as often as {{other}}: the impact ratio of the past.",
  "learn.col.group": "Group",
  "learn.col.applicants": "Applicants",
  "learn.col.suitable": "Truly suitable",
  "learn.col.hired": "Hired",
  "learn.col.hireRate": "Hire rate",
  "learn.col.suitableHireRate": "Hire rate of the suitable",
  "learn.col.invited": "Invited",
  "learn.col.rate": "Invitation rate",
  "learn.col.rateCi": "95% interval",
  "learn.col.missed": "Suitable but not invited",
  "learn.col.impactRatio": "Impact ratio (95% interval)",

  "learn.step2.title": "2. A model learns the history",
  "learn.step2.text":
    "A vendor trains a screening model on these {{size}} decisions: a logistic regression, the simplest model there is, and one you can read. It learns which features went with being hired, as points on a scorecard.",
  "learn.step2.caption": "The scorecard learned from the history, with every feature",
  "learn.step2.chart": "Points per feature, learned from the history",
  "learn.step2.result":
    "On a new group of {{size}} applicants, just as suitable, with everyone invited from a predicted chance of {{threshold}}%:",
  "learn.scorecard.feature": "Feature",
  "learn.scorecard.points": "Points",
  "learn.scorecard.counted": "Counted",
  "learn.scorecard.start": "Starting points",
  "learn.scorecard.startNote": "everyone starts here",
  "learn.scorecard.carriesGroup": "goes with the protected group",
  "learn.scorecard.howToRead":
    "Add up the points: a total of 0 is a 50% chance of being invited, and every {{points}} points more doubles the odds. Negative points for a feature that says nothing about suitability are the old bias, learned as if it were a rule.",
  "learn.scorecard.axis": "Points",

  "learn.step3.title": "3. Leave out {{attribute}}",
  "learn.step3.text":
    "The first thing people try is to remove the protected attribute. Switch it off and the model is trained again without it. Watch {{proxies}}: in this history they go together with the group, so the model gives them the weight instead.",
  "learn.step3.toggle": "Give the model the applicants' {{attribute}}",
  "learn.step3.caption": "The scorecard of the model now",
  "learn.step3.chart": "Points per feature of the model now",

  "learn.step4.title": "4. Leave out {{proxies}} too",
  "learn.step4.text":
    "Here, {{proxies}} say nothing about suitability. Take them away as well, and the model only sees what measures suitability.",
  "learn.step4.toggle": "Give the model {{proxies}}",
  "learn.step4.lesson":
    "In real data proxies are harder to spot: a postcode, a hobby, a school, the wording of a CV may each carry a little of the group. Removing columns is no proof of fairness; measuring the outcomes is.",
  "learn.model.full": "The model with every feature",
  "learn.model.noAttribute": "Without {{attribute}}",
  "learn.model.noProxies": "Without {{proxies}}",
  "learn.model.neither": "Without {{attribute}} and without {{proxies}}",
  "learn.compare.caption":
    "Each way of training the model, inviting from a predicted chance of {{threshold}}%",
  "learn.compare.model": "Model",
  "learn.compare.ratio": "Impact ratio",
  "learn.compare.rule": "Four-fifths rule",
  "learn.compare.p": "p-value",
  "learn.compare.current": "the model now",
  "learn.compare.below": "below 0.8",
  "learn.compare.notBelow": "not below 0.8",

  "learn.step5.title": "5. Where you draw the line",
  "learn.step5.text":
    "A model gives a chance; someone decides from which chance a candidate is invited. Move the threshold and see how the impact ratio and the suitable candidates who are missed change, for the model as you set it above.",
  "learn.threshold.label": "Invite candidates with a predicted chance of at least",
  "learn.threshold.hint": "Use the arrow keys to move it one percent at a time.",
  "learn.threshold.points": "That is a scorecard total of {{points}} points or more.",
  "learn.threshold.axis": "Threshold (predicted chance)",
  "learn.outcome.caption": "The new applicants at a threshold of {{threshold}}%",
  "learn.outcome.missedOf": "{{missed}} of {{suitable}}",
  "learn.outcome.ratio":
    "{{protected}} are invited {{ratio}} times as often as {{other}} (the impact ratio).",
  "learn.outcome.below": "That is below the four-fifths line (0.8).",
  "learn.outcome.notBelow": "That is not below the four-fifths line (0.8).",
  "learn.outcome.significant": "The difference is statistically significant ({{p}}): unlikely to be chance.",
  "learn.outcome.chance": "The difference could be chance ({{p}}).",
  "learn.outcome.undefined": "No impact ratio: none of the {{other}} is invited at this threshold.",
  "learn.curve.axis": "↑ Impact ratio",
  "learn.curve.caption": "Impact ratio of {{group}} at each threshold",
  "learn.curve.description":
    "The impact ratio at each threshold from 5% to 95%: {{list}}. Dashed red line: four-fifths (0.8); grey line: equal rates (1); the dotted line marks the threshold chosen.",
  "learn.missed.axis": "Share of the truly suitable not invited",
  "learn.missed.caption": "Suitable candidates missed, per group",
  "learn.missed.describe": "{{group}}: {{missed}} of {{suitable}} truly suitable not invited ({{share}}).",
  "learn.step5.lesson":
    "Every missed suitable candidate is someone the employer needed and did not invite. The impact ratio changes with the threshold, so check it at the threshold you really use.",
  "learn.live": "{{model}}, threshold {{threshold}}%: {{sentence}}",

  "learn.do.title": "What you can do as an employer",
  "learn.do.audit": "Audit your own outcomes",
  "learn.do.auditText":
    "with the decision log of your recruitment system: selection rates per group, impact ratios with their significance, and where in the funnel a gap arises.",
  "learn.do.discovery": "Look for groups you cannot name.",
  "learn.do.discoveryText":
    "Without data on gender or origin, bias discovery searches the log for combinations of features (such as part-time with a career gap) that fare worse; it is being built into Aware's audits.",
  "learn.do.discoveryLink": "Go to the audits",
  "learn.do.assessment": "Assess the system before you use it",
  "learn.do.assessmentText":
    "with the questions the AI Act, the GDPR and the Dutch fundamental-rights assessment (IAMA) ask, an action list and a report.",
  "learn.do.screening": "Keep a person in the loop",
  "learn.do.screeningText":
    "with published, explainable screening rules, a reason for every override and an audit of the people's decisions too.",
  "learn.do.account":
    "These parts of Aware need an account. The demo organisation on the start page lets you try them without one.",
  "learn.method.title": "How this simulation works",
  "learn.method.history":
    "{{size}} past applicants and {{size}} new ones are drawn from the seed. Suitability is normally distributed and the same in both groups; the test score and experience measure it with noise; the two proxies depend only on the group. A past decision was a coin weighted by the test score and experience, minus the bias strength for the protected group.",
  "learn.method.model":
    "The model is a logistic regression fitted by iteratively reweighted least squares (Newton's method), the same method statistics packages use; its coefficients are shown as scorecard points (20 points double the odds).",
  "learn.method.audit":
    "Each selection is audited by Aware's audit engine, the one that reads uploaded decision logs: the invitation rates with Wilson intervals, the impact ratio against the other group with a Katz interval, and Fisher's exact test.",
} as const;
