import { formatCitation } from '../citation/citation.js';
import type { EvidenceChecklist } from '../evidence/evidence-for.js';
import type { Locale, Reply, ReplyItem, ReplySection } from '../reply/reply.js';

const T = {
  zh: { title: '证据清单', basis: '违法与处罚依据', violated: '违反', penalty: '处罚', required: '必备证据', conditional: '视情形需要的证据', interview: '询问笔录要点', mistakes: '评查常见问题', applies: '（本案适用）', notApplies: '（本案不适用）' },
  en: { title: 'evidence checklist', basis: 'Violation and penalty', violated: 'Violates', penalty: 'Penalty', required: 'Required evidence', conditional: 'Evidence depending on the facts', interview: 'Interview record (询问笔录) key questions', mistakes: 'Common review findings', applies: ' (applies here)', notApplies: ' (does not apply here)' },
};

function basisSection(c: EvidenceChecklist, t: (typeof T)['zh']): ReplySection {
  const ct = c.caseType;
  return {
    heading: t.basis,
    items: [
      ...ct.violated.map((v) => ({ text: `${t.violated}：${v.summary}`, note: formatCitation(v.citation), flag: v.citation.verified ? undefined : ('unverified' as const) })),
      { text: `${t.penalty}：${ct.penalty.range}`, note: formatCitation(ct.penalty.provision.citation), flag: ct.penalty.provision.citation.verified ? undefined : 'unverified' },
    ],
  };
}

function conditionalItems(c: EvidenceChecklist, t: (typeof T)['zh']): ReplyItem[] {
  return c.conditional.map(({ item, applies }) => ({
    text: `${item.whenLabel ?? ''}：${item.name}${applies === true ? t.applies : applies === false ? t.notApplies : ''}`,
    note: [item.why, item.citation && formatCitation(item.citation)].filter(Boolean).join(' — '),
    flag: applies === true ? 'missing' : 'conditional',
  }));
}

/** The case-type card: legal basis, required and conditional evidence, interview questions, common mistakes. */
export function evidenceAnswer(c: EvidenceChecklist, locale: Locale): Reply {
  const t = T[locale];
  const ct = c.caseType;
  const sections: ReplySection[] = [
    basisSection(c, t),
    { heading: t.required, items: c.required.map((e) => ({ text: e.name, note: [e.why, e.citation && formatCitation(e.citation)].filter(Boolean).join(' — ') })) },
  ];
  if (c.conditional.length) sections.push({ heading: t.conditional, items: conditionalItems(c, t) });
  for (const group of ct.interview) sections.push({ heading: `${t.interview}（${group.subject}）`, items: group.questions.map((q) => ({ text: q })) });
  sections.push({ heading: t.mistakes, items: ct.commonMistakes.map((m) => ({ text: m.text, note: m.citation && formatCitation(m.citation), flag: 'warning' })) });
  return {
    kind: 'evidence',
    locale,
    title: locale === 'zh' ? `【${ct.domain}】${ct.name} — ${t.title}` : `${ct.nameEn} (${ct.name}) — ${t.title}`,
    summary: ct.notes.length ? ct.notes.join(' ') : undefined,
    sections,
    citations: c.citations,
    unverified: c.unverified,
  };
}
