import type { Vacancy } from "./vacancy.ts";

/**
 * An example vacancy (fictitious): a home-care worker (helpende/verzorgende thuiszorg). The knock-outs
 * are requirements the job cannot do without and are published with the vacancy; the criteria are
 * skills, experience, a certificate and a language level, never personal characteristics. The
 * candidates file may hold protected columns for a later audit: they are listed, so screening never
 * reads them.
 */
export const exampleVacancy: Vacancy = {
  schema: "aware.vacancy/1",
  id: "thuiszorg-verzorgende-ig-2026",
  title: { nl: "Verzorgende IG thuiszorg (24–32 uur)", en: "Home-care worker, level 3 (24–32 hours)" },
  knockouts: [
    {
      id: "rijbewijs-b",
      label: { nl: "Rijbewijs B", en: "Driving licence B" },
      reason: {
        nl: "U rijdt zelfstandig met een auto van de organisatie naar cliënten in de regio.",
        en: "You drive on your own in a company car to clients across the region.",
      },
      condition: { kind: "yes", field: "rijbewijs_b" },
    },
    {
      id: "diploma-vig",
      label: {
        nl: "Diploma Verzorgende IG (mbo 3) of hoger",
        en: "Certified care worker diploma (MBO level 3) or higher",
      },
      reason: {
        nl: "Voorbehouden handelingen zoals medicatie toedienen mogen alleen met dit diploma (Wet BIG).",
        en: "Reserved procedures such as giving medication require this diploma (Dutch BIG Act).",
      },
      condition: { kind: "oneOf", field: "diploma", values: ["VIG", "MBO 4 Verpleegkunde", "HBO-V"] },
    },
  ],
  criteria: [
    {
      id: "ervaring",
      label: { nl: "Werkervaring in de zorg (jaren)", en: "Work experience in care (years)" },
      weight: 30,
      condition: { kind: "scale", field: "ervaring_jaren", from: 0, to: 5 },
    },
    {
      id: "nederlands-b1",
      label: { nl: "Nederlands op niveau B1", en: "Dutch at level B1" },
      weight: 25,
      condition: { kind: "cefr", field: "nederlands_niveau", level: "B1" },
    },
    {
      id: "wondzorg",
      label: { nl: "Vaardigheid wondzorg", en: "Wound-care skills" },
      weight: 20,
      condition: { kind: "includes", field: "vaardigheden", value: "wondzorg" },
    },
    {
      id: "bhv",
      label: { nl: "Certificaat BHV of EHBO", en: "Emergency response or first-aid certificate" },
      weight: 15,
      condition: { kind: "oneOf", field: "certificaat", values: ["BHV", "EHBO"] },
    },
  ],
  niceToHaves: [
    {
      id: "dementiezorg",
      label: { nl: "Ervaring met dementiezorg", en: "Experience with dementia care" },
      weight: 10,
      condition: { kind: "yes", field: "ervaring_dementie" },
    },
  ],
  thresholds: { advance: 70, review: 45 },
  protectedColumns: ["gender", "age_band", "migration_background", "disability"],
  profileFields: {
    careerGapMonths: "loopbaanonderbreking_maanden",
    maxGapMonths: 12,
    diplomaCountry: "diploma_land",
    homeCountry: "NL",
  },
};
