import { z } from 'zod';
import { citationSchema } from './citation-schema.js';

export const PERIOD_UNITS = ['calendarDays', 'workingDays', 'months', 'years', 'hours'] as const;
export type PeriodUnit = (typeof PERIOD_UNITS)[number];

/**
 * One statutory period: from a trigger event, a length in a unit, with its citation.
 * `direction: before` counts back from the trigger (hearing notice 7 working days before the hearing).
 * `after` names another rule whose due date is the start instead of an event (court application
 * 3 months after the 6-month litigation period ends).
 */
export const deadlineRuleSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(2),
  titleEn: z.string().min(2),
  trigger: z.string().min(1),
  after: z.string().optional(),
  length: z.number().int().positive(),
  unit: z.enum(PERIOD_UNITS),
  direction: z.enum(['after', 'before']).default('after'),
  /** What happens on the due date: 最迟 (latest day to act) or 最早 (earliest day allowed). */
  kind: z.enum(['latest', 'earliest']).default('latest'),
  /** Why this unit: e.g. 五日 counts working days (行政处罚法 第八十五条). */
  unitBasis: citationSchema.optional(),
  citation: citationSchema,
  extension: z.object({
    length: z.number().int().positive(),
    unit: z.enum(PERIOD_UNITS),
    requires: z.string().min(2),
    citation: citationSchema,
  }).strict().optional(),
  /** Stops counting once this event happened (e.g. 送达 stops the 决定→送达 clock). */
  satisfiedBy: z.string().optional(),
  /** Words officers use for this period, to find it from a question. */
  keywords: z.array(z.string().min(1)).default([]),
  note: z.string().optional(),
}).strict();
export type DeadlineRule = z.infer<typeof deadlineRuleSchema>;

export const deadlineFileSchema = z.object({ rules: z.array(deadlineRuleSchema).min(1) }).strict();
