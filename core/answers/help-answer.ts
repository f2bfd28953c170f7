import type { Locale, Reply } from '../reply/reply.js';

/** What casebot can do, with examples to copy. Later features add their commands here. */
export function helpAnswer(locale: Locale, counts: { caseTypes: number; domains: number }, extra: { heading: string; items: string[] }[] = []): Reply {
  const zh = locale === 'zh';
  const sections = [
    {
      heading: zh ? '查证据（证据清单、询问笔录要点）' : 'Evidence checklists and interview questions',
      items: (zh ? ['黑车拉客要哪些证据', '超限运输车辆需要哪些证据', '非法营运 有违法所得 证据清单'] : ['evidence for unlicensed passenger transport']).map((text) => ({ text })),
    },
    {
      heading: zh ? '算期限（自动跳过节假日，调休上班日计为工作日）' : 'Deadlines (holidays skipped, adjusted working days count)',
      items: (zh ? ['2026年1月5日立案，最晚哪天作出处罚决定', '2025-09-26告知，听证申请期限到哪天', '超限的案子几天内要结'] : ['filed 2026-01-05, decision deadline']).map((text) => ({ text })),
    },
    {
      heading: zh ? '问程序' : 'Procedure questions',
      items: (zh ? ['哪些案件需要法制审核', '当事人陈述申辩会不会加重处罚', '简易程序适用条件'] : ['How many days does the party have to request a hearing?']).map((text) => ({ text })),
    },
    {
      heading: zh ? '案件审核清单' : 'Review checklists',
      items: (zh ? ['法制审核清单', '案卷评查要点'] : ['legal review checklist']).map((text) => ({ text })),
    },
    ...extra.map((e) => ({ heading: e.heading, items: e.items.map((text) => ({ text })) })),
  ];
  return {
    kind: 'help',
    locale,
    title: zh ? 'casebot 交通运输执法助手' : 'casebot — transport enforcement assistant',
    summary: zh
      ? `已收录 ${counts.domains} 个领域 ${counts.caseTypes} 类常见案由。可以直接用口语提问，例如：`
      : `${counts.caseTypes} common case types in ${counts.domains} domains. Ask in plain words (Chinese or English), for example:`,
    sections,
    citations: [],
  };
}
