/**
 * English texts of the pages candidates see without an account (issue 4): the application form, the
 * voluntary monitoring questionnaire and the status page. Spread into en.ts; nl: candidate-nl.ts.
 */
export const candidateEn = {
  "form.required": "(required)",
  "form.choose": "— choose —",
  "form.other": "Other answer…",
  "form.otherAnswer": "{{label}}: your answer",
  "form.listMore": "More (separate with ;)",
  "answer.yes": "Yes",
  "answer.no": "No",
  "answer.noLevel": "none",

  "apply.title": "Apply",
  "apply.intro": "An application to {{organisation}}.",
  "apply.notOpen":
    "This vacancy is not open for applications: it may have closed, or the link may be incomplete. Ask the employer for the right link.",
  "apply.assessment": "How your application is assessed",
  "apply.assessmentIntro":
    "Every application is assessed with the same published rules below. The system gives a recommendation; a person makes every decision, except an automatic rejection when an application clearly does not meet a requirement. You can ask for an explanation of any decision.",
  "apply.requirements": "Requirements",
  "apply.requirementsIntro":
    "An application that clearly does not meet one of these is rejected automatically.",
  "apply.why": "Why:",
  "apply.criteria": "What counts",
  "apply.niceToHaves": "What also counts (nice to have)",
  "apply.points": "{{points}} points",
  "apply.maxScore": "At most {{points}} points in total.",
  "apply.neverUsed":
    "Your age, gender, origin, religion, disability and other protected characteristics are not asked on this form and are never used to assess you.",
  "apply.monitoringLater":
    "After you apply, you may answer a few such questions voluntarily, only to check that the selection treats everyone fairly. The people who assess you never see those answers.",
  "apply.preference": "Preferential policy",
  "apply.preferenceTieOnly":
    "It only matters between candidates who are equally suitable: it never adds points and never passes over a better candidate.",
  "apply.formTitle": "Your application",
  "apply.formIntro": "Questions marked “(required)” must be answered; an honest “no” is an answer.",
  "apply.problems": "Please check the following:",
  "apply.aboutYou": "About you",
  "apply.name": "Your name",
  "apply.email": "E-mail address (optional)",
  "apply.emailHint": "Only to contact you about this application.",
  "apply.questions": "Questions about the job",
  "apply.preferenceClaim": "I ask to be considered under the preferential policy for {{group}}",
  "apply.preferenceClaimHint":
    "Optional. It counts only if your application is exactly as suitable as another; no one sees this when scoring.",
  "apply.privacy":
    "I agree that {{organisation}} processes my application to assess it for this vacancy, as described above",
  "apply.privacyHint": "Your answers are used only to assess this application, with the rules shown above.",
  "apply.privacyRequired": "Agree to the processing of your application, or we cannot receive it.",
  "apply.submit": "Send my application",
  "apply.received": "Your application has been received",
  "apply.reference": "Your reference: {{reference}}.",
  "apply.statusLink": "Your status page",
  "apply.keepLink":
    "Keep this link: it is shown only once. On your status page you can follow your application, read the explanation of the decision, and withdraw your monitoring answers.",
  "apply.openStatus": "Open my status page",

  "monitoring.title": "Optional: help us check that our selection is fair",
  "monitoring.voluntary":
    "These questions are voluntary. Your application is assessed in exactly the same way whether you answer or not.",
  "monitoring.point.purpose":
    "The answers are used only to check whether the selection treats groups of candidates fairly.",
  "monitoring.point.apart":
    "They are stored apart from your application and never seen by the people who assess you.",
  "monitoring.point.aggregate":
    "They are only ever counted in aggregate; small groups are hidden so that no one can be recognised.",
  "monitoring.point.retention": "They are deleted after {{days}} days.",
  "monitoring.point.retentionUnknown":
    "They are deleted after the period the employer has set for this vacancy.",
  "monitoring.point.withdraw":
    "You can withdraw them at any time on your status page; they are then deleted at once.",
  "monitoring.q.gender": "Gender",
  "monitoring.q.ageBand": "Age",
  "monitoring.q.migrationBackground": "Migration background",
  "monitoring.q.disability": "Do you have a disability or chronic illness?",
  "monitoring.noAnswer": "Prefer not to say",
  "monitoring.a.gender.woman": "Woman",
  "monitoring.a.gender.man": "Man",
  "monitoring.a.gender.non-binary": "Non-binary",
  "monitoring.a.gender.other": "Other",
  "monitoring.a.ageBand.under-25": "Under 25",
  "monitoring.a.ageBand.25-34": "25 to 34",
  "monitoring.a.ageBand.35-44": "35 to 44",
  "monitoring.a.ageBand.45-54": "45 to 54",
  "monitoring.a.ageBand.55-plus": "55 or older",
  "monitoring.a.migrationBackground.none": "None",
  "monitoring.a.migrationBackground.western": "Western",
  "monitoring.a.migrationBackground.non-western": "Non-Western",
  "monitoring.a.disability.no": "No",
  "monitoring.a.disability.yes": "Yes",
  "monitoring.consent": "I agree to give these answers for this purpose",
  "monitoring.consentRequired": "Tick the box to agree, or skip the questionnaire.",
  "monitoring.send": "Send my answers",
  "monitoring.skip": "Skip the questionnaire",
  "monitoring.thanks":
    "Thank you. Your answers are stored apart from your application and deleted after {{days}} days; you can withdraw them on your status page.",
  "monitoring.skipped": "No monitoring answers have been stored.",

  "status.title": "Your application",
  "status.unknown":
    "There is no application at this link. Check that you copied the whole link you received after applying.",
  "status.vacancy": "Vacancy",
  "status.reference": "Reference",
  "status.submitted": "Sent on",
  "status.state": "Status",
  "status.state.received": "Received: your application is being assessed.",
  "status.state.decided": "Decided: a decision has been made on your application.",
  "status.letter": "Explanation of the decision",
  "status.letterSent": "Sent on {{date}}, {{language}}:",
  "status.letterIn.nl": "in Dutch",
  "status.letterIn.en": "in English",
  "status.letterFrame": "Explanation letter",
  "status.noLetter": "There is no explanation letter yet. It appears here once the employer has sent it.",
  "status.monitoring": "Monitoring answers",
  "status.monitoringStored": "Your monitoring answers are stored until {{date}}.",
  "status.monitoringNone": "You have given no monitoring answers.",
  "status.monitoringSaved": "Your answers have been stored.",
  "status.withdraw": "Withdraw my monitoring answers",
  "status.withdrawn": "Your monitoring answers have been deleted.",
} as const;
