import { describe, expect, it } from 'vitest';
import { createWorkingCalendar } from '../../core/calendar/create-working-calendar.js';
import { holidayNameIn } from '../../core/calendar/holiday-names.js';
import { addDays } from '../../core/calendar/local-date.js';
import { ValidationError } from '../../core/errors/validation-error.js';
import { realKnowledge } from '../deadlines/real-knowledge.js';

const { calendar, knowledge } = realKnowledge();

/** Days off per legal-facts.md §10, block by block. */
const DAYS_OFF: Array<[string, string, string]> = [
  ['元旦', '2025-01-01', '2025-01-01'],
  ['春节', '2025-01-28', '2025-02-04'],
  ['清明节', '2025-04-04', '2025-04-06'],
  ['劳动节', '2025-05-01', '2025-05-05'],
  ['端午节', '2025-05-31', '2025-06-02'],
  ['国庆节、中秋节', '2025-10-01', '2025-10-08'],
  ['元旦', '2026-01-01', '2026-01-03'],
  ['春节', '2026-02-15', '2026-02-23'],
  ['清明节', '2026-04-04', '2026-04-06'],
  ['劳动节', '2026-05-01', '2026-05-05'],
  ['端午节', '2026-06-19', '2026-06-21'],
  ['中秋节', '2026-09-25', '2026-09-27'],
  ['国庆节', '2026-10-01', '2026-10-07'],
];

/** 调休上班 days per legal-facts.md §10 — all on a weekend. */
const ADJUSTED = ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11',
  '2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'];

describe('the 2025 and 2026 calendar files', () => {
  it('load through the knowledge loader as two official years', () => {
    expect(knowledge.calendarYears.map((y) => y.year).sort()).toEqual([2025, 2026]);
    expect(calendar.officialYears()).toEqual([2025, 2026]);
    expect(knowledge.calendarYears.every((y) => /GOV2[56]/.test(y.source) && y.source.includes('HCN'))).toBe(true);
  });

  it.each(DAYS_OFF)('%s %s … %s: every day is a rest day of that holiday', (name, from, to) => {
    for (let d = from; d <= to; d = addDays(d, 1)) {
      expect(calendar.isRestDay(d), d).toBe(true);
      expect(calendar.holidayName(d), d).toBe(name);
    }
  });

  it('has 28 days off in 2025 and 33 in 2026, nothing else', () => {
    const count = (year: number) => {
      let n = 0;
      for (let d = `${year}-01-01`; d <= `${year}-12-31`; d = addDays(d, 1)) if (calendar.holidayName(d)) n++;
      return n;
    };
    expect(count(2025)).toBe(28);
    expect(count(2026)).toBe(33);
  });

  it.each(ADJUSTED)('%s (调休上班) is a working day', (date) => {
    expect(calendar.isWorkingDay(date)).toBe(true);
    expect(calendar.isAdjustedWorkday(date)).toBe(true);
    expect(calendar.adjustedWorkdayFor(date)).toBeTruthy();
  });

  it('keeps ordinary weekends as rest days and ordinary weekdays as working days', () => {
    expect(calendar.isRestDay('2026-03-07')).toBe(true); // Saturday
    expect(calendar.isRestDay('2026-03-08')).toBe(true); // Sunday
    expect(calendar.isWorkingDay('2026-03-09')).toBe(true); // Monday
    expect(calendar.isAdjustedWorkday('2026-03-09')).toBe(false);
    expect(calendar.holidayName('2026-03-07')).toBeUndefined();
  });

  it('falls back to weekends for a year without official data and says so', () => {
    expect(calendar.hasOfficialData(2026)).toBe(true);
    expect(calendar.hasOfficialData(2027)).toBe(false);
    expect(calendar.isWorkingDay('2027-01-01')).toBe(true); // a Friday; the real 元旦 is not yet loaded
    expect(calendar.isRestDay('2027-01-02')).toBe(true);
  });
});

describe('createWorkingCalendar', () => {
  it('lets a later file correct a day', () => {
    const cal = createWorkingCalendar([
      { year: 2027, source: 'test', holidays: [{ name: '元旦', from: '2027-01-01', to: '2027-01-03' }], workdays: [] },
      { year: 2027, source: 'correction', holidays: [], workdays: [{ date: '2027-01-03', for: '元旦' }] },
    ]);
    expect(cal.isRestDay('2027-01-01')).toBe(true);
    expect(cal.isWorkingDay('2027-01-03')).toBe(true);
    expect(cal.hasOfficialData(2027)).toBe(true);
  });

  it('rejects a reversed or absurd holiday range', () => {
    const bad = (from: string, to: string) => () => createWorkingCalendar([
      { year: 2027, source: 'test', holidays: [{ name: 'x', from, to }], workdays: [] },
    ]);
    expect(bad('2027-01-03', '2027-01-01')).toThrow(ValidationError);
    expect(bad('2027-01-01', '2027-03-01')).toThrow(/longer than/);
    expect(bad('2027-02-30', '2027-03-01')).toThrow(/not a date/);
  });

  it('translates holiday names for English replies', () => {
    expect(holidayNameIn('国庆节、中秋节', 'en')).toBe('National Day and Mid-Autumn Festival');
    expect(holidayNameIn('春节', 'zh')).toBe('春节');
  });
});
