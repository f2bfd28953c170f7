import type { ProcedureAnswer } from '../knowledge/schema/procedure-answer-schema.js';
import type { Locale, Reply } from '../reply/reply.js';

/** A cited procedure answer. */
export function procedureAnswer(a: ProcedureAnswer, locale: Locale, related: ProcedureAnswer[] = []): Reply {
  const sections = [];
  if (a.points.length) sections.push({ heading: locale === 'zh' ? '要点' : 'Key points', items: a.points.map((text) => ({ text })) });
  if (related.length) {
    sections.push({
      heading: locale === 'zh' ? '相关问题' : 'Related questions',
      items: related.map((r) => ({ text: locale === 'zh' ? r.question : r.questionEn })),
    });
  }
  return {
    kind: 'procedure',
    locale,
    title: locale === 'zh' ? a.question : a.questionEn,
    summary: locale === 'zh' ? a.answer : a.answerEn,
    sections,
    citations: a.citations,
    unverified: a.citations.some((c) => !c.verified),
  };
}
