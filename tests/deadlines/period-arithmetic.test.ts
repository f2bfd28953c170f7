import { describe, expect, it } from 'vitest';
import { addPeriod } from '../../core/deadlines/add-period.js';
import { addWorkingDays, workingDaysBetween } from '../../core/deadlines/count-working-days.js';
import { rollToWorkingDay } from '../../core/deadlines/roll-forward.js';
import { realKnowledge } from './real-knowledge.js';

const { calendar } = realKnowledge();

describe('worked examples of legal-facts.md §2 (start day excluded; 调休上班 counted)', () => {
  it('7 working days from Thu 2026-02-12 → Sat 2026-02-28', () => {
    const r = addWorkingDays(calendar, '2026-02-12', 7);
    expect(r.date).toBe('2026-02-28');
    expect(r.skippedHolidays).toEqual(['春节']);
    expect(r.adjustedWorkdays).toEqual(['2026-02-14', '2026-02-28']);
  });

  it('10 working days from Mon 2025-01-20 → Sat 2025-02-08', () => {
    expect(addWorkingDays(calendar, '2025-01-20', 10).date).toBe('2025-02-08');
  });

  it('5 working days from Fri 2025-09-26 → Fri 2025-10-10', () => {
    expect(addWorkingDays(calendar, '2025-09-26', 5).date).toBe('2025-10-10');
  });

  it('90 calendar days from Mon 2026-01-05 → Sun 2026-04-05 raw, Tue 2026-04-07 rolled past 清明', () => {
    const end = addPeriod(calendar, '2026-01-05', 90, 'calendarDays');
    expect(end.date).toBe('2026-04-05');
    expect(rollToWorkingDay(calendar, end.date)).toEqual({ date: '2026-04-07', rolled: true, restNames: ['清明节'] });
  });

  it('15 calendar days from Sat 2025-09-20 → Sun 2025-10-05 raw, Thu 2025-10-09 rolled past 国庆', () => {
    const end = addPeriod(calendar, '2025-09-20', 15, 'calendarDays');
    expect(end.date).toBe('2025-10-05');
    expect(rollToWorkingDay(calendar, end.date).date).toBe('2025-10-09');
  });

  it('the example in the design: 2026-09-29 + 5 working days → 2026-10-12', () => {
    expect(addWorkingDays(calendar, '2026-09-29', 5).date).toBe('2026-10-12');
  });
});

describe('one working day across every 2025 and 2026 holiday and adjusted working day', () => {
  it.each([
    ['2024-12-31', '2025-01-02'], // 元旦
    ['2025-01-24', '2025-01-26'], // 春节 调休上班 Sunday
    ['2025-01-27', '2025-02-05'], // 春节 1-28…2-04
    ['2025-02-07', '2025-02-08'], // 春节 调休上班 Saturday
    ['2025-04-03', '2025-04-07'], // 清明
    ['2025-04-25', '2025-04-27'], // 劳动节 调休上班 Sunday
    ['2025-04-30', '2025-05-06'], // 劳动节 5-01…5-05
    ['2025-05-30', '2025-06-03'], // 端午 5-31…6-02
    ['2025-09-26', '2025-09-28'], // 国庆 调休上班 Sunday
    ['2025-09-30', '2025-10-09'], // 国庆中秋 10-01…10-08
    ['2025-10-10', '2025-10-11'], // 国庆 调休上班 Saturday
    ['2025-12-31', '2026-01-04'], // 元旦 1-01…1-03, 调休上班 Sunday 1-04
    ['2026-02-13', '2026-02-14'], // 春节 调休上班 Saturday
    ['2026-02-14', '2026-02-24'], // 春节 2-15…2-23
    ['2026-02-27', '2026-02-28'], // 春节 调休上班 Saturday
    ['2026-04-03', '2026-04-07'], // 清明 4-04…4-06
    ['2026-04-30', '2026-05-06'], // 劳动节 5-01…5-05
    ['2026-05-08', '2026-05-09'], // 劳动节 调休上班 Saturday
    ['2026-06-18', '2026-06-22'], // 端午 6-19…6-21
    ['2026-09-18', '2026-09-20'], // 国庆 调休上班 Sunday
    ['2026-09-24', '2026-09-28'], // 中秋 9-25…9-27
    ['2026-09-30', '2026-10-08'], // 国庆 10-01…10-07
    ['2026-10-09', '2026-10-10'], // 国庆 调休上班 Saturday
  ])('%s + 1 working day → %s', (start, expected) => {
    expect(addWorkingDays(calendar, start, 1).date).toBe(expected);
  });

  it.each([
    ['2025-01-01', '2025-01-02'],
    ['2025-01-28', '2025-02-05'],
    ['2025-04-04', '2025-04-07'],
    ['2025-05-01', '2025-05-06'],
    ['2025-05-31', '2025-06-03'],
    ['2025-10-01', '2025-10-09'],
    ['2026-01-01', '2026-01-04'],
    ['2026-02-15', '2026-02-24'],
    ['2026-04-04', '2026-04-07'],
    ['2026-05-01', '2026-05-06'],
    ['2026-06-19', '2026-06-22'],
    ['2026-09-25', '2026-09-28'],
    ['2026-10-01', '2026-10-08'],
  ])('a period ending on %s (day off) rolls forward to %s', (end, expected) => {
    expect(rollToWorkingDay(calendar, end).date).toBe(expected);
  });

  it('does not roll a day that is already a working day, an adjusted Saturday included', () => {
    expect(rollToWorkingDay(calendar, '2026-02-28')).toEqual({ date: '2026-02-28', rolled: false, restNames: [] });
    expect(rollToWorkingDay(calendar, '2026-03-07').date).toBe('2026-03-09'); // plain weekend
  });
});

describe('counting back and counting between', () => {
  it('counts 7 working days back from a hearing date', () => {
    expect(addWorkingDays(calendar, '2026-03-16', 7, 'before').date).toBe('2026-03-05');
    // back across 国庆 and 中秋: 10-10 (调休上班), 10-09, 10-08, 9-30, 9-29, 9-28, 9-24
    expect(addWorkingDays(calendar, '2026-10-12', 7, 'before').date).toBe('2026-09-24');
  });

  it('counts working days after one day up to another', () => {
    expect(workingDaysBetween(calendar, '2026-02-25', '2026-02-28')).toBe(3);
    expect(workingDaysBetween(calendar, '2025-10-01', '2025-10-09')).toBe(1);
    expect(workingDaysBetween(calendar, '2026-03-02', '2026-03-01')).toBe(0);
  });
});

describe('addPeriod', () => {
  it('adds months and years to the corresponding day or the month end', () => {
    expect(addPeriod(calendar, '2026-08-31', 6, 'months')).toMatchObject({ date: '2027-02-28', monthEnd: true });
    expect(addPeriod(calendar, '2025-09-20', 6, 'months')).toMatchObject({ date: '2026-03-20', monthEnd: false });
    expect(addPeriod(calendar, '2024-02-29', 2, 'years')).toMatchObject({ date: '2026-02-28', monthEnd: true });
  });

  it('adds hours to a start time, or to the day when the time is unknown', () => {
    expect(addPeriod(calendar, '2026-03-02', 24, 'hours', 'after', '22:30')).toMatchObject({ date: '2026-03-03', time: '22:30' });
    expect(addPeriod(calendar, '2026-12-31', 24, 'hours', 'after', '08:00')).toMatchObject({ date: '2027-01-01', time: '08:00' });
    expect(addPeriod(calendar, '2026-03-02', 24, 'hours').date).toBe('2026-03-03');
  });
});
