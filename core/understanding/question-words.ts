/**
 * Words that shape a question but name no case type. They are removed before fuzzy matching so
 * "需要哪些证据" or "怎么处罚" never pull a case type in by themselves.
 */
const QUESTION_WORDS = [
  '需要哪些', '需要什么', '要哪些', '要什么', '哪些', '什么', '怎么处罚', '如何处罚', '怎么罚', '怎么办', '怎么', '如何',
  '证据清单', '证据材料', '证据', '清单', '材料', '取证', '询问笔录', '笔录', '处罚依据', '处罚', '罚款', '罚多少', '多少',
  '请问', '一下', '查询', '可以', '应该', '是否', '能否', '案件', '案子', '这类', '这种', '情况', '问题', '规定', '依据',
  '期限', '几天', '哪天', '到哪天', '什么时候', '最晚', '截止', '帮我', '看看', '的', '了', '吗', '呢', '吧',
];

const PATTERN = new RegExp(QUESTION_WORDS.sort((a, b) => b.length - a.length).join('|'), 'g');

export function stripQuestionWords(text: string): string {
  return text.replace(PATTERN, ' ');
}

/** English words that carry no topic. */
export const ENGLISH_STOP = new Set([
  'the', 'a', 'an', 'of', 'for', 'to', 'in', 'on', 'does', 'do', 'is', 'are', 'what', 'which', 'how', 'many', 'much', 'when',
  'have', 'has', 'party', 'case', 'cases', 'evidence', 'need', 'needed', 'days', 'day', 'i', 'we', 'my', 'can', 'be', 'with',
  'without', 'by', 'and', 'or', 'it', 'this', 'that', 'about', 'me', 'show', 'list', 'please', 'deadline', 'deadlines',
]);
