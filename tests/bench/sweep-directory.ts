import type { Directory } from '../../bot/config/directory.js';

/**
 * The bench's "today": 立案 dates run from 2026-01-05 over 300 days, so decision periods fall due
 * from 2026-04-05 on; on 2026-04-14 (Tue) about 3 % of open cases are overdue and a few hundred a
 * day enter each warning stage — a busy but plausible programme.
 */
export const SWEEP_DAY = '2026-04-14';

/** 20 units (unit-0 … unit-19, as seeded), each with a WeCom robot group and a supervisor. */
export function benchDirectory(): Directory {
  const units = Array.from({ length: 20 }, (_, i) => ({
    id: `unit-${i}`, name: `第${i + 1}大队`, aliases: [],
    destinations: [{ platform: 'wecom-robot' as const, webhook: `https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=BENCH-${i}` }],
  }));
  const supervisors = units.map((u, i) => ({ name: `督查${i + 1}`, unit: u.id, role: 'supervisor' as const, ids: { console: `sup-${i}` } }));
  return { timezone: 'Asia/Shanghai', quietHours: { start: '20:00', end: '08:00' }, units, people: supervisors };
}
