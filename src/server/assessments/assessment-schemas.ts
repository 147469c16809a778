import { z } from "zod";
import { CHOICE_ANSWERS } from "../../core/assessment/assessment-model.ts";

/** Request bodies of the assessment routes; each matches its type in api-types.ts. */
const evidence = z.object({
  kind: z.enum(["audit", "discovery", "vacancy-check", "decision-log", "document"]),
  ref: z.string().trim().min(1).max(500),
  label: z.string().trim().min(1).max(300),
});
const answer = z.object({
  value: z.string().max(20_000),
  note: z.string().max(5000).optional(),
  evidence: z.array(evidence).max(20).optional(),
  owner: z.string().trim().max(200).optional(),
  due: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "a date as YYYY-MM-DD")
    .refine((d) => {
      const time = Date.parse(`${d}T00:00:00Z`);
      return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === d;
    }, "a date that exists")
    .optional(),
});

export const assessmentCreateSchema = z.object({ title: z.string().trim().min(1).max(200) });
export const assessmentSaveSchema = z.object({
  baseVersion: z.number().int().min(0),
  answers: z.record(z.string().min(1).max(100), answer),
});
export const CHOICES = CHOICE_ANSWERS;
