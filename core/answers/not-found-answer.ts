import type { CaseTypeCandidate } from '../understanding/match-case-types.js';
import type { Locale, Reply } from '../reply/reply.js';

/** Says plainly that the question is outside the catalogue, and names the nearest types if any. */
export function notFoundAnswer(nearest: CaseTypeCandidate[], locale: Locale): Reply {
  const zh = locale === 'zh';
  const sections = nearest.length
    ? [{ heading: zh ? '最接近的已收录案由' : 'Nearest case types we have', items: nearest.slice(0, 3).map((c) => ({ text: zh ? c.caseType.name : `${c.caseType.nameEn} (${c.caseType.name})`, note: `【${c.caseType.domain}】` })) }]
    : [{ heading: zh ? '您可以这样问' : 'Try for example', items: (zh ? ['黑车拉客要哪些证据', '2026年1月5日立案，最晚哪天作出处罚决定', '哪些案件需要法制审核', '帮助'] : ['help', 'How many days does the party have to request a hearing?']).map((text) => ({ text })) }];
  return {
    kind: 'not-found',
    locale,
    title: zh ? '暂未收录这个问题' : 'Not in the catalogue yet',
    summary: zh
      ? '未能识别为已收录的交通运输执法案由或程序问题（可能不属于交通运输执法事项）。请换个说法，或发送“帮助”查看示例。'
      : 'This does not match a transport enforcement case type or procedure question we cover. Rephrase it, or send "help".',
    sections,
    citations: [],
  };
}
