import { z } from 'zod';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * One year's official holiday arrangement (国务院办公厅 notice): days off and adjusted working
 * days (调休上班). A knowledge file per year; a later file can add 2027 or correct a day.
 */
export const calendarYearSchema = z.object({
  year: z.number().int().min(2000).max(2100),
  source: z.string().min(2),
  holidays: z.array(z.object({
    name: z.string().min(1),
    from: z.string().regex(DATE),
    to: z.string().regex(DATE),
  }).strict()),
  workdays: z.array(z.object({
    date: z.string().regex(DATE),
    for: z.string().min(1),
  }).strict()),
}).strict();
export type CalendarYear = z.infer<typeof calendarYearSchema>;
