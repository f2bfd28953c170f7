import { z } from 'zod';
import type { Directory } from './directory.js';

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

/** "20:00-08:00" → { start, end }; "none" → null (no deferral). */
const quietHoursSchema = z.union([
  z.literal('none').transform(() => null),
  z.string()
    .regex(/^\d{2}:\d{2}-\d{2}:\d{2}$/, 'expected "HH:MM-HH:MM" (e.g. "20:00-08:00") or "none"')
    .transform((s) => {
      const [start = '', end = ''] = s.split('-');
      return { start, end };
    })
    .refine((q) => HH_MM.test(q.start) && HH_MM.test(q.end), 'hours must be 00:00–23:59'),
]);

/** An IANA zone the runtime knows (Asia/Shanghai); Intl throws a RangeError for anything else. */
const timezoneSchema = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}, 'unknown IANA time zone (e.g. Asia/Shanghai)');

const destinationSchema = z.discriminatedUnion('platform', [
  z.object({ platform: z.literal('wecom-robot'), webhook: z.url() }).strict(),
  z.object({ platform: z.literal('slack'), channel: z.string().min(1) }).strict(),
  z.object({ platform: z.literal('teams'), conversationId: z.string().min(1), serviceUrl: z.url().optional() }).strict(),
  z.object({
    platform: z.literal('wecom-app'),
    chatId: z.string().min(1).optional(),
    userIds: z.array(z.string().min(1)).optional(),
  }).strict(),
]);

const unitSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a lowercase id such as "haishu"'),
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  destinations: z.array(destinationSchema).default([]),
}).strict();

const personSchema = z.object({
  name: z.string().min(1),
  unit: z.string().min(1).optional(),
  role: z.enum(['officer', 'reviewer', 'supervisor', 'admin']).default('officer'),
  ids: z.object({
    console: z.string().min(1).optional(),
    slack: z.string().min(1).optional(),
    teams: z.string().min(1).optional(),
    wecom: z.string().min(1).optional(),
    cli: z.string().min(1).optional(),
  }).strict(),
  scope: z.array(z.string().min(1)).optional(),
}).strict();

/**
 * CASEBOT_CONFIG: units, their chat destinations, people and roles (shape in design.md).
 * Cross-references (a person's unit, a supervisor's scope) must name a declared unit.
 */
export const directorySchema = z.object({
  timezone: timezoneSchema.default('Asia/Shanghai'),
  quietHours: quietHoursSchema.default({ start: '20:00', end: '08:00' }),
  units: z.array(unitSchema).default([]),
  people: z.array(personSchema).default([]),
}).strict().superRefine((d, ctx) => {
  const units = new Set<string>();
  d.units.forEach((u, i) => {
    if (units.has(u.id)) ctx.addIssue({ code: 'custom', path: ['units', i, 'id'], message: `duplicate unit id "${u.id}"` });
    units.add(u.id);
  });
  d.people.forEach((p, i) => {
    if (p.unit && !units.has(p.unit)) ctx.addIssue({ code: 'custom', path: ['people', i, 'unit'], message: `unknown unit "${p.unit}"` });
    p.scope?.forEach((s, j) => {
      if (!units.has(s)) ctx.addIssue({ code: 'custom', path: ['people', i, 'scope', j], message: `unknown unit "${s}"` });
    });
  });
}) satisfies z.ZodType<Directory, unknown>;

/** The directory when no CASEBOT_CONFIG is given: nobody known, default time zone and quiet hours. */
export function emptyDirectory(): Directory {
  return directorySchema.parse({});
}
