import { describe, expect, it } from 'vitest';
import type { Checklist } from '../../core/knowledge/schema/checklist-schema.js';
import { holds, ownKnowledge } from './own-knowledge.js';

// Load at collection time: parsing all knowledge files takes a few seconds on a cold start.
const knowledge = ownKnowledge();
const list = (id: Checklist['id']) => knowledge.checklists.find((c) => c.id === id)!;

/** Ids of the items that become findings for this record. */
async function findings(checklist: Checklist, record: Record<string, unknown>): Promise<string[]> {
  const out: string[] = [];
  for (const item of checklist.items) {
    if (item.appliesWhen && !(await holds(item.appliesWhen, record))) continue;
    if (await holds(item.failsWhen, record)) out.push(item.id);
  }
  return out;
}

/** A case record with every review fact in its good state: no checklist should find anything. */
const CLEAN: Record<string, unknown> = {
  filed: true, filedPromptly: true, filedBeforeInvestigation: true, agencyCompetent: true, officersQualified: true,
  officersCount: 2, idShown: true, partyIdentityProof: true, partyDetailsComplete: true, interviewRecordSigned: true,
  factsClear: true, evidenceSufficient: true, illegalIncome: true, illegalIncomeComputed: true, offSite: true,
  offSiteDeviceReviewed: true, evidencePreserved: true, preservationApproved: true, preservationDisposalWorkingDays: 7,
  seized: true, seizureDecisionIssued: true, seizureDays: 45, seizureExtended: true, fullProcessRecorded: true,
  crimeSuspected: false, transferredToJudicial: false, investigationReport: true, noticeServed: true, statementHeard: true,
  heavierAfterStatement: false, heavyPenalty: true, hearingOffered: true, hearingRequested: true, hearingHeld: true,
  hearingNoticeWorkingDaysBefore: 7, decisionBasedOnHearingRecord: true, publicInterestInvolved: false, difficultCase: false,
  reviewRequiredByLaw: false, legalReviewDone: true, reviewerQualified: true, complexCase: true, collectiveDiscussion: true,
  correctLegalBasis: true, provisionCitedToItem: true, penaltyWithinRange: true, discretionStandardApplied: true,
  lawAtTimeOfActChecked: true, sameActPenalizedBefore: false, withinLimitationPeriod: true, documentsComplete: true,
  decisionHasRemedyInfo: true, remedyAuthorityCorrect: true, remedyNamesFull: true, decisionHasPerformanceInfo: true,
  decisionDated: true, decisionSealed: true, decisionDaysAfterFiling: 90, summaryProcedure: false, partyIsOrganization: false,
  reconsiderationFirstNoticed: true, blanksStruck: true, serviceWorkingDaysAfterDecision: 7, serviceProof: true,
  lodgedService: true, lodgedServiceRecorded: true, postalService: true, postalReceipt: true, electronicService: true,
  serviceAddressConfirmed: true, paymentPeriodCitesArticle66: false, paymentReceipt: true, lateSurchargeExceedsFine: false,
  courtEnforcementApplied: true, reminderServed: true, closingReport: true, archived: true, oneCaseOneFile: true, fileOrderCorrect: true,
};

describe('review checklists', () => {
  it('has the three checklists with at least 8 items each, unique ids, every item cited', () => {
    for (const id of ['legal-review', 'case-review', 'file-evaluation'] as const) {
      const items = list(id).items;
      expect(items.length, id).toBeGreaterThanOrEqual(8);
      expect(new Set(items.map((i) => i.id)).size, id).toBe(items.length);
      for (const i of items) if (!i.citation.verified) expect(i.citation.note, `${id}/${i.id}`).toBeTruthy();
    }
  });

  it('finds nothing in a clean record', async () => {
    for (const c of knowledge.checklists) expect(await findings(c, CLEAN), c.id).toEqual([]);
  });

  it('requires a legal review exactly in the four Art. 58 situations', async () => {
    const lr = list('legal-review');
    const item = lr.items.find((i) => i.id === 'review-required')!;
    expect(item.citation).toMatchObject({ law: '行政处罚法', article: '第五十八条' });
    const noTrigger = { ...CLEAN, hearingHeld: false, legalReviewDone: false };
    expect(await findings(lr, noTrigger)).not.toContain('review-required');
    for (const trigger of ['publicInterestInvolved', 'hearingHeld', 'difficultCase', 'reviewRequiredByLaw']) {
      expect(await findings(lr, { ...noTrigger, [trigger]: true }), trigger).toContain('review-required');
    }
  });

  it.each([
    ['decision-period', { decisionDaysAfterFiling: 91 }, '第六十条'],
    ['service-period', { serviceWorkingDaysAfterDecision: 8 }, '第六十一条'],
    ['officers-count', { officersCount: 1 }, '第四十二条'],
    ['hearing-offered', { hearingOffered: false }, '第六十三条'],
    ['hearing-notice-period', { hearingNoticeWorkingDaysBefore: 6 }, '第六十四条'],
    ['no-heavier-for-statement', { heavierAfterStatement: true }, '第四十五条'],
    ['payment-article', { paymentPeriodCitesArticle66: true }, '第六十七条'],
    ['late-surcharge-cap', { lateSurchargeExceedsFine: true }, '第七十二条'],
    ['preservation', { preservationDisposalWorkingDays: 8 }, '第五十六条'],
    ['filed-before-investigation', { filedBeforeInvestigation: false }, '第五十四条'],
  ])('case review flags %s', async (id, change, article) => {
    const cr = list('case-review');
    expect(await findings(cr, { ...CLEAN, ...change })).toContain(id);
    expect(cr.items.find((i) => i.id === id)!.citation.article).toBe(article);
  });

  it('checks seizure periods: 30 days, one 30-day extension', async () => {
    const cr = list('case-review');
    expect(await findings(cr, { ...CLEAN, seizureDays: 31, seizureExtended: false })).toContain('seizure');
    expect(await findings(cr, { ...CLEAN, seizureDays: 61, seizureExtended: true })).toContain('seizure');
    expect(await findings(cr, { ...CLEAN, seized: false, seizureDays: 99, seizureExtended: false })).not.toContain('seizure');
  });

  it('checks the simple-procedure thresholds (公民200元, 单位3000元)', async () => {
    const cr = list('case-review');
    const summary = { ...CLEAN, summaryProcedure: true };
    expect(await findings(cr, { ...summary, summaryFineAmount: 200 })).not.toContain('summary-threshold');
    expect(await findings(cr, { ...summary, summaryFineAmount: 201 })).toContain('summary-threshold');
    expect(await findings(cr, { ...summary, partyIsOrganization: true, summaryFineAmount: 3000 })).not.toContain('summary-threshold');
    expect(await findings(cr, { ...summary, partyIsOrganization: true, summaryFineAmount: 3001 })).toContain('summary-threshold');
  });

  it('file evaluation has veto items and point deductions from the example schemes', async () => {
    const fe = list('file-evaluation');
    expect(fe.items.filter((i) => i.severity === 'veto').length).toBeGreaterThanOrEqual(5);
    expect(fe.items.find((i) => i.id === 'service-late')).toMatchObject({ severity: 'deduction', points: 10 });
    expect(await findings(fe, { ...CLEAN, decisionSealed: false })).toContain('veto-not-sealed');
    expect(await findings(fe, { ...CLEAN, lodgedService: false, lodgedServiceRecorded: false })).not.toContain('lodged-service-unrecorded');
  });
});
