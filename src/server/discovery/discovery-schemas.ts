import { z } from "zod";

/** The body of POST /api/discoveries, validated at the edge; it matches DiscoveryRequest in api-types.ts. */
const id = z.string().min(1).max(100);
const column = z.string().min(1).max(300);
const columns = (max: number) =>
  z
    .array(column)
    .max(max)
    .refine((list) => new Set(list).size === list.length, "a column is named twice");

export const discoverySchema = z.object({
  source: z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("upload"), uploadId: id }),
    z.object({ kind: z.literal("vacancy"), vacancyId: id }),
  ]),
  outcome: z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("decision"), column }),
    z.object({ kind: z.literal("score"), column }),
    z.object({ kind: z.literal("error"), prediction: column, label: column }),
  ]),
  worse: z.enum(["low", "high"]),
  method: z.enum(["subgroups", "hbac"]),
  features: columns(500).min(1).optional(),
  protected: columns(10).optional(),
  id: column.optional(),
  minSize: z.number().gt(0).lt(0.5).optional(),
  seed: z.number().int().min(0).max(0xffffffff).optional(),
});
