import { z } from 'zod';
import { citationSchema } from './citation-schema.js';
import { topConditionSchema } from './condition-schema.js';

export const DOMAINS = ['道路运输', '出租汽车与网约车', '公路路政', '港口', '水路运输与航道', '交通工程'] as const;
export type Domain = (typeof DOMAINS)[number];

const provisionSchema = z.object({
  /** Human text of the provision, e.g. 《道路运输条例》第十条. */
  summary: z.string().min(2),
  citation: citationSchema,
}).strict();

const evidenceItemSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(2),
  /** Why it is needed: which element of the violation it proves. */
  why: z.string().min(2),
  /** Absent: always required. Present: required when the condition holds over the case facts. */
  when: topConditionSchema.optional(),
  /** Chinese label of the condition, e.g. 有违法所得时. Required with `when`. */
  whenLabel: z.string().optional(),
  citation: citationSchema.optional(),
}).strict().refine((e) => !e.when || e.whenLabel, { message: 'whenLabel is required when `when` is set', path: ['whenLabel'] });

/** One 案由: what the violation is, how it is punished, and how to prove it. */
export const caseTypeSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'id: lowercase kebab-case'),
  /** Row of legal-facts.md §9 the facts come from (C2, T4, R14 …). */
  ref: z.string().regex(/^[A-Z]\d+$/),
  name: z.string().min(4),
  nameEn: z.string().min(4),
  domain: z.enum(DOMAINS),
  /** What officers really type: 黑车, 拉黑活, 超载, 私改, 没证 … */
  aliases: z.array(z.string().min(1)).min(1),
  /** Words that point to this type when several are present (cargo, passenger, platform …). */
  keywords: z.array(z.string().min(1)).default([]),
  violated: z.array(provisionSchema).min(1),
  penalty: z.object({
    provision: provisionSchema,
    /** The range as the provision states it, e.g. 责令停止经营；违法所得不足2万元的，处1万元以上10万元以下罚款. */
    range: z.string().min(2),
  }).strict(),
  evidence: z.array(evidenceItemSchema).min(3),
  interview: z.array(z.object({
    /** Who is interviewed: 驾驶员, 乘客, 经营者 … */
    subject: z.string().min(1),
    questions: z.array(z.string().min(2)).min(3),
  }).strict()).min(1),
  commonMistakes: z.array(z.object({ text: z.string().min(4), citation: citationSchema.optional() }).strict()).min(1),
  /** Every source the facts above come from. */
  citations: z.array(citationSchema).min(1),
  notes: z.array(z.string()).default([]),
}).strict();
export type CaseType = z.infer<typeof caseTypeSchema>;
export type EvidenceItem = CaseType['evidence'][number];
