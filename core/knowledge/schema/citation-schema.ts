import { z } from 'zod';

/** Articles are written as the official text writes them: 第六十条, 第六十三条. */
const ARTICLE = /^第[零一二三四五六七八九十百千]+条(之[一二三四五六七八九十]+)?$/;

export const citationSchema = z.object({
  law: z.string().min(2),
  article: z.string().regex(ARTICLE, 'article must be in Chinese numerals, e.g. 第六十条').optional(),
  clause: z.string().optional(),
  source: z.string().min(2),
  verified: z.boolean(),
  note: z.string().optional(),
}).strict();
