import type { Citation } from '../citation/citation.js';

/**
 * 民事诉讼法 第八十五条 (a last day on a 法定休假日 ends the period on the first day after it),
 * applied to administrative periods by analogy. The article is verified; applying it to
 * 行政处罚/行政强制 periods is standard practice with no text saying so (legal-facts.md §2),
 * hence verified: false.
 */
export const ROLL_FORWARD_BY_ANALOGY: Citation = {
  law: '中华人民共和国民事诉讼法',
  article: '第八十五条',
  source: 'LRB 诉讼与非诉讼程序法/民事诉讼法(2023-09-01).md',
  verified: false,
  note: '类推适用：期间届满日为休息日的，顺延至其后第一个工作日；行政处罚法、行政强制法无明文规定（legal-facts.md §2）',
};

/** The article itself, cited when a rule's unitBasis makes 民事诉讼法's 期间 rules apply by statute. */
export const ROLL_FORWARD_STATUTORY: Citation = {
  law: '中华人民共和国民事诉讼法',
  article: '第八十五条',
  source: 'LRB 诉讼与非诉讼程序法/民事诉讼法(2023-09-01).md',
  verified: true,
};

/** 民法典 第二百零三条 month-end rule, applied to administrative periods by analogy (legal-facts.md §2). */
export const MONTH_END_BY_ANALOGY: Citation = {
  law: '中华人民共和国民法典',
  article: '第二百零三条',
  source: 'LRB 民法典/总则.md',
  verified: false,
  note: '类推适用：按月、年计算期间的，到期月没有对应日的，以月末日为最后一日',
};

/** Counting an adjusted working weekend (调休上班) as a 工作日: common practice, no statutory text found. */
export const ADJUSTED_WORKDAY_NOTE_ZH = '调休上班日计为工作日系通行做法，无明文规定（待核实）';
export const ADJUSTED_WORKDAY_NOTE_EN = 'counting adjusted working weekends as working days is common practice without statutory text (unverified)';
