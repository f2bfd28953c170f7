import { z } from 'zod';
import { citationSchema } from './citation-schema.js';
import { topConditionSchema } from './condition-schema.js';

/**
 * A review checklist (法制审核, 案件审理, 案卷评查). Each item is a json-rules-engine
 * condition over the case record: when `failsWhen` holds, the item is a finding.
 */
export const checklistItemSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(2),
  /** veto: 一票否决; deduction: points off; warning: to check. */
  severity: z.enum(['veto', 'deduction', 'warning']),
  points: z.number().nonnegative().optional(),
  /** Stage along 立案→调查→告知→决定→送达→执行→结案→归档. */
  stage: z.enum(['立案', '调查', '告知', '审核', '决定', '送达', '执行', '结案', '归档', '全程']),
  /** Applies only when this holds (e.g. 经过听证程序). Absent: always applies. */
  appliesWhen: topConditionSchema.optional(),
  failsWhen: topConditionSchema,
  /** What is wrong, shown as the finding. */
  finding: z.string().min(2),
  citation: citationSchema,
}).strict();
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

export const checklistSchema = z.object({
  id: z.enum(['legal-review', 'case-review', 'file-evaluation']),
  name: z.string().min(2),
  nameEn: z.string().min(2),
  description: z.string().min(2),
  items: z.array(checklistItemSchema).min(3),
  citations: z.array(citationSchema).min(1),
}).strict();
export type Checklist = z.infer<typeof checklistSchema>;
