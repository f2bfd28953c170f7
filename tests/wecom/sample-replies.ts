import type { Reply } from '../../core/reply/reply.js';

/** Replies used by the WeCom tests: a short one, one with buttons, and one far over every limit. */
export const shortReply: Reply = {
  kind: 'evidence', locale: 'zh', title: '非法营运（黑车）所需证据', summary: '共 3 项',
  sections: [{ heading: '必备证据', items: [
    { text: '询问笔录', flag: 'ok' },
    { text: '车辆行驶证复印件', flag: 'missing', note: '须与现场车辆核对' },
  ] }],
  citations: [{ law: '中华人民共和国道路运输条例', article: '第六十三条', source: 'test', verified: false }],
  unverified: true,
};

export const actionReply: Reply = {
  kind: 'notice', locale: 'zh', title: '执法监督工作提示单 N-12', summary: '请于 3 个工作日内整改',
  sections: [], citations: [],
  actions: [
    { id: 'ack', label: '收到', value: '收到 N-12', style: 'primary' },
    { id: 'done', label: '已整改', value: '已整改 N-12' },
  ],
};

/** ~40 sections of Chinese text: about 12 KB of markdown, over every WeCom limit. */
export const longReply: Reply = {
  kind: 'review', locale: 'zh', title: '案卷评查结果', sections: Array.from({ length: 40 }, (_, i) => ({
    heading: `第 ${i + 1} 项`,
    items: [{ text: `评查要点 ${i + 1}：证据材料应当齐全，程序应当合法，文书应当规范。`, flag: 'warning', note: `依据第 ${i + 1} 条` }],
  })),
  citations: [],
};
