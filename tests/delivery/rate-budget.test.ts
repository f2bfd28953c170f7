import { describe, expect, it } from 'vitest';
import { MemoryRateBudget } from '../../bot/delivery/memory-rate-budget.js';
import { createRateLimits, rateLimitFor } from '../../bot/delivery/rate-limits.js';
import { rateBudgetContract } from './rate-budget-contract.js';
import { robot, slack, teams } from './delivery-fixtures.js';

describe('memory rate budget', () => {
  rateBudgetContract(async () => new MemoryRateBudget());
});

describe('rateLimitFor', () => {
  it('uses the platform limits by default', () => {
    expect(rateLimitFor(robot('k'))).toEqual([{ max: 20, windowMs: 60_000 }]);
    expect(rateLimitFor(slack('C1'))).toEqual([{ max: 1, windowMs: 1_000 }]);
    expect(rateLimitFor(teams('19:x'))[0]).toEqual({ max: 7, windowMs: 1_000 });
    expect(rateLimitFor({ platform: 'slack', userId: 'U1' })).toEqual([{ max: 1, windowMs: 1_000 }]);
  });

  it('takes test-sized overrides per kind', () => {
    const limits = createRateLimits({ 'wecom-robot': [{ max: 2, windowMs: 100 }] });
    expect(limits(robot('k'))).toEqual([{ max: 2, windowMs: 100 }]);
    expect(limits(slack('C1'))).toEqual([{ max: 1, windowMs: 1_000 }]);
  });
});
