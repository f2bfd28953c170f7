import { describe, expect, it } from 'vitest';
import { createWorkingCalendar } from '../../core/calendar/create-working-calendar.js';
import { sendableAt } from '../../core/reminders/quiet-hours.js';

// 2026 国庆: 10-01..10-07 off, 10-10 (Sat) 调休上班 — legal-facts.md §10.
const cal = createWorkingCalendar([{
  year: 2026, source: 'GOV26',
  holidays: [{ name: '国庆节', from: '2026-10-01', to: '2026-10-07' }],
  workdays: [{ date: '2026-10-10', for: '国庆节' }],
}]);
const q = { start: '20:00', end: '08:00' };
const tz = 'Asia/Shanghai';
const at = (iso: string) => sendableAt(new Date(iso), q, cal, tz).toISOString();

describe('sendableAt', () => {
  it('sends at once in working time', () => {
    expect(at('2026-11-25T02:00:00Z')).toBe('2026-11-25T02:00:00.000Z'); // Wed 10:00 Beijing
  });
  it('defers an evening push to 08:00 the next working day', () => {
    expect(at('2026-11-25T13:00:00Z')).toBe('2026-11-26T00:00:00.000Z'); // Wed 21:00 → Thu 08:00
  });
  it('defers an early-morning push to 08:00 the same working day', () => {
    expect(at('2026-11-25T21:30:00Z')).toBe('2026-11-26T00:00:00.000Z'); // Thu 05:30 → Thu 08:00
  });
  it('defers over a weekend and a holiday, counting an adjusted working Saturday', () => {
    expect(at('2026-11-28T03:00:00Z')).toBe('2026-11-30T00:00:00.000Z'); // Sat → Mon 08:00
    expect(at('2026-10-02T03:00:00Z')).toBe('2026-10-08T00:00:00.000Z'); // 国庆 → Thu 10-08
    expect(at('2026-10-09T14:00:00Z')).toBe('2026-10-10T00:00:00.000Z'); // Fri night → 调休 Sat 10-10
  });
  it('never defers urgent pushes or when quiet hours are off', () => {
    expect(sendableAt(new Date('2026-11-28T03:00:00Z'), q, cal, tz, true).toISOString()).toBe('2026-11-28T03:00:00.000Z');
    expect(sendableAt(new Date('2026-11-28T03:00:00Z'), null, cal, tz).toISOString()).toBe('2026-11-28T03:00:00.000Z');
  });
});
