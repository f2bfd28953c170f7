import type { CaseWithEvents } from '../../../adapters/store/repositories/case-records.js';
import { deadlinesAnswer } from '../../../core/answers/deadlines-answer.js';
import type { DueDate } from '../../../core/deadlines/due-date.js';
import type { Knowledge } from '../../../core/knowledge/knowledge.js';
import type { Reply, ReplySection } from '../../../core/reply/reply.js';

/** The events of a case as a reply section (立案 2026-11-20 …). */
export function eventsSection(record: CaseWithEvents, knowledge: Knowledge): ReplySection {
  const name = (id: string) => knowledge.events.find((e) => e.id === id)?.name ?? id;
  return {
    heading: '已记录的事件',
    items: record.events.map((e) => ({
      text: `${e.date} ${name(e.type)}`,
      note: [e.approver && `批准人：${e.approver}`, e.note].filter(Boolean).join('；') || undefined,
    })),
  };
}

/** A case as a reply: its type, unit, events and due dates (each with derivation and basis). */
export function caseReply(record: CaseWithEvents, dates: DueDate[], knowledge: Knowledge, title: string): Reply {
  const open = dates.filter((d) => d.status !== '已完成' || d.kind === 'latest');
  const base = deadlinesAnswer(open, [], 'zh');
  const type = knowledge.caseTypes.find((c) => c.id === record.caseType);
  return {
    ...base,
    kind: 'case',
    title,
    summary: `${record.caseNo} · ${type?.name ?? record.caseType} · ${record.status === 'open' ? '办理中' : '已结案'}`,
    sections: [eventsSection(record, knowledge), ...base.sections],
    actions: record.status === 'open'
      ? [{ id: 'case-show', label: '查看案件', value: `案件 ${record.caseNo}` }]
      : undefined,
  };
}

/** A short refusal or problem, said politely. */
export function problemReply(title: string, summary: string, kind: Reply['kind'] = 'error'): Reply {
  return { kind, locale: 'zh', title, summary, sections: [], citations: [] };
}
