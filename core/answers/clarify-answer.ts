import type { CaseTypeCandidate } from '../understanding/match-case-types.js';
import type { Locale, Reply } from '../reply/reply.js';

/**
 * Asks back with the best candidates instead of guessing (您是否指…). Each candidate is a
 * button that sends a precise question.
 */
export function clarifyAnswer(candidates: CaseTypeCandidate[], locale: Locale, suffix: string): Reply {
  const zh = locale === 'zh';
  const top = candidates.slice(0, 4);
  return {
    kind: 'clarify',
    locale,
    title: zh ? '您是否指以下案由之一？' : 'Did you mean one of these case types?',
    summary: zh ? '请选择或换个说法，例如补充“客运/货运”“平台/车辆/驾驶员”。' : 'Pick one, or add a detail (passenger/freight, platform/vehicle/driver).',
    sections: [{
      heading: zh ? '候选案由' : 'Candidates',
      items: top.map((c, i) => ({ text: `${i + 1}. ${zh ? c.caseType.name : `${c.caseType.nameEn} (${c.caseType.name})`}`, note: `【${c.caseType.domain}】` })),
    }],
    citations: [],
    actions: top.map((c, i) => ({ id: `clarify-${i + 1}`, label: c.caseType.name.slice(0, 30), value: `${c.caseType.name}${suffix}` })),
  };
}
