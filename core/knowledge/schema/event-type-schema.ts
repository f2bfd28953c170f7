import { z } from 'zod';

/**
 * A case event that starts a period (立案, 告知, 决定 …). `names` are what officers type,
 * Chinese and English; `id` is what records and the CLI's JSON use.
 */
export const eventTypeSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  name: z.string().min(1),
  nameEn: z.string().min(1),
  names: z.array(z.string().min(1)).min(1),
}).strict();
export type EventType = z.infer<typeof eventTypeSchema>;

export const eventFileSchema = z.object({ events: z.array(eventTypeSchema).min(1) }).strict();
