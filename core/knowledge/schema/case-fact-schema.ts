import { z } from 'zod';

/**
 * A fact about a case that conditional evidence and review rules test
 * (e.g. `illegalIncome`: 有违法所得). `phrases` let the understanding layer read it from chat text.
 */
export const caseFactSchema = z.object({
  id: z.string().regex(/^[a-z][a-zA-Z0-9]*$/),
  label: z.string().min(1),
  labelEn: z.string().min(1),
  type: z.enum(['boolean', 'number', 'string']),
  phrases: z.array(z.string().min(1)).default([]),
}).strict();
export type CaseFact = z.infer<typeof caseFactSchema>;

export const caseFactFileSchema = z.object({ facts: z.array(caseFactSchema).min(1) }).strict();
