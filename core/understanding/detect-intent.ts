import type { Intent, Understanding } from './understanding.js';

const HELP = /^(help|帮助|帮忙|\?|？|菜单|menu|你好|您好|hi|hello|功能|使用说明|怎么用|你能做什么|能做什么|start)[!！。.?？\s]*$/i;
const EVIDENCE = /证据|取证|材料|清单|询问|笔录|要什么|怎么查|evidence|interview/i;
const REVIEW = /评查|审核清单|审核要点|审核内容|审理要点|审查要点|审查清单|案件审理|review checklist|legal review|file evaluation/i;
const PROCEDURE = /哪些案件|是否|会不会|能不能|能否|可不可以|条件|适用|多久|时效|怎么算|如何计算|怎么计算|要求|程序|how|whether|can |must|should/i;

/** Procedure answers need this much keyword evidence before they win over a case type. */
const PROCEDURE_STRONG = 5;

/**
 * Chooses what the message asks for. Order: help; dated events → deadlines; review checklist;
 * an evidence question about a case type; a procedure question; a case type alone (its card);
 * a named deadline rule without dates (the general period); otherwise unknown.
 */
export function detectIntent(u: Omit<Understanding, 'intent'>): Intent {
  const text = u.text;
  if (text.length === 0 || HELP.test(text)) return 'help';
  if (u.events.length > 0) return 'deadlines';
  const procTop = u.procedure[0]?.score ?? 0;
  const caseTop = u.caseTypes[0];
  if (REVIEW.test(text) && procTop < PROCEDURE_STRONG + 2) return 'review';
  if (caseTop && EVIDENCE.test(text)) return 'evidence';
  if (procTop >= PROCEDURE_STRONG && (!caseTop || PROCEDURE.test(text) || caseTop.confidence < 0.5)) return 'procedure';
  if (u.rules.length > 0 && (!caseTop || /几天|多少天|期限|多久|哪天|要结|办结|deadline/i.test(text))) return 'deadlines';
  if (caseTop) return 'evidence';
  if (procTop >= 3) return 'procedure';
  return 'unknown';
}
