import { formatCitation, uniqueCitations } from '../citation/citation.js';
import type { Checklist } from '../knowledge/schema/checklist-schema.js';
import type { CaseReview } from '../review/review-case.js';
import type { Locale, Reply, ReplyItem } from '../reply/reply.js';

const SEVERITY_ZH = { veto: '否决项', deduction: '扣分项', warning: '提示项' } as const;

function checkItem(item: Checklist['items'][number]): ReplyItem {
  const pts = item.points ? ` · ${item.points}分` : '';
  return { text: `[${item.stage}] ${item.title}（${SEVERITY_ZH[item.severity]}${pts}）`, note: formatCitation(item.citation), flag: item.citation.verified ? undefined : 'unverified' };
}

/** A checklist as a list of what will be checked (no case record given). */
export function checklistAnswer(list: Checklist, locale: Locale): Reply {
  return {
    kind: 'review',
    locale,
    title: locale === 'zh' ? list.name : `${list.nameEn} (${list.name})`,
    summary: list.description,
    sections: [{ heading: locale === 'zh' ? '审核项目' : 'Items', items: list.items.map(checkItem) }],
    citations: uniqueCitations([...list.citations, ...list.items.map((i) => i.citation)]),
    unverified: list.items.some((i) => !i.citation.verified),
  };
}

/** Findings of a review over a case record: what fails, what cannot be judged yet, what passed. */
export function reviewAnswer(review: CaseReview, locale: Locale, subject: string): Reply {
  const zh = locale === 'zh';
  const by = (o: string) => review.results.filter((r) => r.outcome === o);
  const sections = [
    { heading: zh ? '发现的问题' : 'Findings', items: review.findings.map((r) => ({ text: `${r.item.finding}（${SEVERITY_ZH[r.item.severity]}）`, note: formatCitation(r.item.citation), flag: r.item.severity === 'veto' ? ('veto' as const) : ('deduction' as const) })) },
    { heading: zh ? '需补充信息后判断' : 'Needs more information', items: by('unknown').map((r) => ({ text: r.item.title, note: formatCitation(r.item.citation), flag: 'conditional' as const })) },
    { heading: zh ? '已满足' : 'Satisfied', items: by('passed').map((r) => ({ text: r.item.title, flag: 'ok' as const })) },
  ].filter((s) => s.items.length > 0);
  const verdict = review.vetoed ? (zh ? '存在否决项' : 'has veto findings') : review.findings.length ? (zh ? `发现 ${review.findings.length} 个问题` : `${review.findings.length} findings`) : (zh ? '未发现问题' : 'no findings');
  return {
    kind: 'review',
    locale,
    title: `${subject} — ${zh ? review.checklist.name : review.checklist.nameEn}`,
    summary: verdict,
    sections,
    citations: uniqueCitations(review.results.filter((r) => r.outcome !== 'not-applicable').map((r) => r.item.citation)),
    unverified: review.findings.some((f) => !f.item.citation.verified),
  };
}
