import { z } from 'zod';

/**
 * A json-rules-engine condition tree over case facts (`all` / `any` / `not` of
 * `{ fact, operator, value }`). Validated here for shape; the engine checks operators at run time.
 */
export interface LeafCondition { fact: string; operator: string; value: unknown; path?: string }
export type ConditionNode = LeafCondition | { all: ConditionNode[] } | { any: ConditionNode[] } | { not: ConditionNode };

const leaf = z.object({ fact: z.string().min(1), operator: z.string().min(1), value: z.unknown(), path: z.string().optional() }).strict();

export const conditionSchema: z.ZodType<ConditionNode> = z.lazy(() =>
  z.union([
    leaf,
    z.object({ all: z.array(conditionSchema).min(1) }).strict(),
    z.object({ any: z.array(conditionSchema).min(1) }).strict(),
    z.object({ not: conditionSchema }).strict(),
  ]),
) as z.ZodType<ConditionNode>;

/** A top-level condition as json-rules-engine requires it: `all`, `any` or `not`. */
export const topConditionSchema = z.union([
  z.object({ all: z.array(conditionSchema).min(1) }).strict(),
  z.object({ any: z.array(conditionSchema).min(1) }).strict(),
  z.object({ not: conditionSchema }).strict(),
]);
export type TopCondition = z.infer<typeof topConditionSchema>;
