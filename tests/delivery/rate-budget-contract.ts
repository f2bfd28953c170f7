/** What every RateBudget does (memory in default mode, Redis in scaled mode). */
import { expect, it } from 'vitest';
import type { RateBudget } from '../../bot/delivery/rate-budget.js';

export function rateBudgetContract(make: () => Promise<RateBudget>): void {
  it('allows max sends per window, then says how long to wait', async () => {
    const budget = await make();
    const limit = [{ max: 2, windowMs: 1_000 }];
    expect(await budget.take('robot-a', limit, 10_000)).toBe(0);
    expect(await budget.take('robot-a', limit, 10_100)).toBe(0);
    expect(await budget.take('robot-a', limit, 10_200)).toBe(800);
    // The first send left the window: one slot, not two.
    expect(await budget.take('robot-a', limit, 11_000)).toBe(0);
    expect(await budget.take('robot-a', limit, 11_050)).toBeGreaterThan(0);
  });

  it('keeps destinations apart', async () => {
    const budget = await make();
    const limit = [{ max: 1, windowMs: 60_000 }];
    expect(await budget.take('robot-a', limit, 0)).toBe(0);
    expect(await budget.take('robot-b', limit, 0)).toBe(0);
    expect(await budget.take('robot-a', limit, 1)).toBeGreaterThan(0);
  });

  it('applies every window (Teams: 7 per second and 8 per 2 seconds)', async () => {
    const budget = await make();
    const limit = [{ max: 7, windowMs: 1_000 }, { max: 8, windowMs: 2_000 }];
    for (let i = 0; i < 7; i++) expect(await budget.take('thread', limit, 100 + i)).toBe(0);
    expect(await budget.take('thread', limit, 1_200)).toBe(0); // 8th: the 1 s window has room again
    expect(await budget.take('thread', limit, 1_300)).toBe(2_100 - 1_300); // 2 s window full until the first leaves
  });

  it('spreads jobs told to wait over later windows instead of waking them all at once', async () => {
    const budget = await make();
    const limit = [{ max: 2, windowMs: 1_000 }];
    await budget.take('robot-a', limit, 0);
    await budget.take('robot-a', limit, 10);
    const waits = [];
    for (let i = 0; i < 4; i++) waits.push(await budget.take('robot-a', limit, 20));
    expect(waits).toEqual([980, 990, 1_980, 1_990]);
  });

  it('holds a paused destination until the pause ends', async () => {
    const budget = await make();
    const until = Date.now() + 5_000;
    await budget.pause('robot-a', until);
    const now = Date.now();
    expect(await budget.take('robot-a', [], now)).toBeGreaterThan(4_000);
    expect(await budget.take('robot-b', [], now)).toBe(0);
  });
}
