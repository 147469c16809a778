import { z } from "zod";
import { vacancySchema } from "../../sources/vacancy-file.ts";
import { MONITORING_QUESTIONS, PREFERENCE_GROUPS } from "../api-types.ts";

/** Request bodies of the screening routes, validated at the edge; each matches its type in api-types.ts. */
const id = z.string().min(1).max(100);
const email = z.string().trim().toLowerCase().email().max(254);
const fields = z
  .record(z.string().min(1).max(300), z.string().max(5000))
  .refine((r) => Object.keys(r).length <= 200, "at most 200 fields");

export const preferentialPolicySchema = z.object({
  enabled: z.boolean(),
  group: z.enum(PREFERENCE_GROUPS),
  justification: z.string().trim().max(5000),
  statement: z.object({ nl: z.string().trim().max(1000), en: z.string().trim().max(1000) }),
});

export const vacancyRequestSchema = z.object({
  definition: vacancySchema,
  status: z.enum(["draft", "open", "closed"]),
  preferentialPolicy: preferentialPolicySchema.nullable(),
  monitoring: z.object({ enabled: z.boolean(), retentionDays: z.number().int().min(1).max(730) }),
});

export const vacancyCheckSchema = z.object({ definition: vacancySchema });

export const applicationSchema = z.object({
  name: z.string().trim().min(1).max(200),
  email: z.union([email, z.literal("")]).optional(),
  fields,
});

export const publicApplicationSchema = applicationSchema.extend({
  preferenceClaim: z.boolean().optional(),
  privacyAccepted: z.boolean(),
});

export const decisionSchema = z.object({
  applicationId: id,
  decision: z.enum(["advance", "reject"]),
  reason: z.string().trim().max(5000).optional(),
  shown: z
    .object({
      vacancyVersion: z.number().int().min(1),
      recommendation: z.enum(["advance", "review", "reject"]),
    })
    .optional(),
});

export const tieBreakSchema = z.object({ applicationIds: z.array(id).min(2).max(200) });

export const letterSchema = z.object({ language: z.enum(["nl", "en"]) });

const answer = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values);
export const monitoringSchema = z.object({
  consent: z.boolean(),
  answers: z.object({
    gender: answer(MONITORING_QUESTIONS.gender),
    ageBand: answer(MONITORING_QUESTIONS.ageBand),
    migrationBackground: answer(MONITORING_QUESTIONS.migrationBackground),
    disability: answer(MONITORING_QUESTIONS.disability),
  }),
});

export const screeningAuditSchema = z.object({ vacancyId: id.optional() });
