import { describe, expect, it } from 'vitest';
import { spreadOffsets } from '../../bot/delivery/batch-spread.js';
import { createRateLimits } from '../../bot/delivery/rate-limits.js';
import { broadcastJob, robot } from './delivery-fixtures.js';

describe('spreadOffsets', () => {
  const limits = createRateLimits({ 'wecom-robot': [{ max: 2, windowMs: 1_000 }] });

  it('puts off the pushes of a batch beyond each destination\'s budget by whole windows, per destination', () => {
    const jobs = Array.from({ length: 10 }, (_, i) => broadcastJob(robot(`r-${i % 2}`), `unit-${i}`));
    const offsets = jobs.map((j) => spreadOffsets(jobs, limits).get(j.id));
    // Two robots, five pushes each, two per second: 0, 0, 1 s, 1 s, 2 s per robot.
    expect(offsets).toEqual([0, 0, 0, 0, 1_000, 1_000, 1_000, 1_000, 2_000, 2_000]);
  });

  it('takes the most binding of several windows, and leaves unlimited destinations alone', () => {
    const teams = createRateLimits({ 'wecom-robot': [{ max: 3, windowMs: 1_000 }, { max: 4, windowMs: 10_000 }] });
    const jobs = Array.from({ length: 5 }, (_, i) => broadcastJob(robot('one'), `unit-${i}`));
    expect(jobs.map((j) => spreadOffsets(jobs, teams).get(j.id))).toEqual([0, 0, 0, 1_000, 10_000]);
    const open = createRateLimits({ 'wecom-robot': [] });
    expect(jobs.map((j) => spreadOffsets(jobs, open).get(j.id))).toEqual([0, 0, 0, 0, 0]);
  });
});
