import { zValidator } from "@hono/zod-validator";
import { z } from "zod";
import { ROLES } from "./api-types.ts";
import { AppError } from "./app-error.ts";

/** Request bodies, validated at the edge (zod); each matches its type in api-types.ts. */
const email = z.string().trim().toLowerCase().email().max(254);
const password = z.string().min(12, "at least 12 characters").max(1024);
const name = z.string().trim().min(1).max(200);
const column = z.string().min(1).max(300);

export const setupSchema = z.object({ organisationName: name, name, email, password });
export const loginSchema = z.object({ email, password: z.string().min(1).max(1024) });
export const invitationSchema = z.object({ role: z.enum(ROLES) });
export const acceptInvitationSchema = z.object({ name, email, password });
export const roleSchema = z.object({ role: z.enum(ROLES) });
export const auditSchema = z.object({
  uploadId: z.string().min(1).max(100),
  title: z.string().trim().max(200).optional(),
  columns: z.object({
    outcome: column,
    protected: z.array(column).min(1).max(10),
    score: column.optional(),
    label: column.optional(),
    stage: column.optional(),
    requisition: column.optional(),
    date: column.optional(),
  }),
  intersections: z.union([z.literal("all"), z.array(z.array(column).min(2).max(10)).max(100)]).optional(),
  reference: z.record(column, z.string().max(500)).optional(),
  minGroup: z.number().int().min(5).max(10_000).optional(),
  excludeBelow: z.number().gt(0).lt(0.5).nullable().optional(),
  alpha: z.number().gt(0).lt(1).optional(),
  stageOrder: z.array(z.string().max(500)).max(100).optional(),
});

/** A zod validator that turns a failure into the API's 400 with the offending field named. */
export const validJson = <T extends z.ZodType>(schema: T) =>
  zValidator("json", schema, (result) => {
    if (!result.success) {
      const issue = result.error.issues[0];
      const field = issue?.path.join(".") || "body";
      throw new AppError(
        400,
        "invalid-input",
        "api.invalid-input",
        { field, detail: issue?.message ?? "invalid" },
        field,
      );
    }
  });
