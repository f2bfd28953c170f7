import { z } from 'zod';
import { citationSchema } from './citation-schema.js';

/** A short, cited answer to a procedure question officers ask (哪些案件需要法制审核 …). */
export const procedureAnswerSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  question: z.string().min(2),
  questionEn: z.string().min(2),
  /** Words whose presence points to this answer (Chinese and English). */
  keywords: z.array(z.string().min(1)).min(1),
  answer: z.string().min(4),
  answerEn: z.string().min(4),
  points: z.array(z.string()).default([]),
  citations: z.array(citationSchema).min(1),
}).strict();
export type ProcedureAnswer = z.infer<typeof procedureAnswerSchema>;

export const procedureFileSchema = z.object({ answers: z.array(procedureAnswerSchema).min(1) }).strict();
