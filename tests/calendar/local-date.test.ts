import { describe, expect, it } from 'vitest';
import {
  addDays, addMonths, addYears, daysBetween, isLocalDate, localDateOf, parseLocalDate, weekday, weekdayName,
} from '../../core/calendar/local-date.js';
import { ValidationError } from '../../core/errors/validation-error.js';

describe('LocalDate', () => {
  it('accepts real days only', () => {
    expect(isLocalDate('2026-02-28')).toBe(true);
    expect(isLocalDate('2026-02-29')).toBe(false);
    expect(isLocalDate('2024-02-29')).toBe(true);
    expect(isLocalDate('2026-13-01')).toBe(false);
    expect(isLocalDate('2026-9-1')).toBe(false);
    expect(() => parseLocalDate('2026-02-30', '立案')).toThrow(ValidationError);
    expect(() => parseLocalDate('2026-02-30', '立案')).toThrow(/立案/);
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2026-01-05', 90)).toBe('2026-04-05');
    expect(addDays('2025-09-20', 15)).toBe('2025-10-05');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-01-05', '2026-04-05')).toBe(90);
  });

  it('adds months with the 民法典 第二百零三条 month-end rule', () => {
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-03-31', 1)).toBe('2026-04-30');
    expect(addMonths('2025-09-20', 6)).toBe('2026-03-20');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2025-12-31', 2)).toBe('2027-12-31');
  });

  it('knows the weekday', () => {
    expect(weekday('2026-02-28')).toBe(6);
    expect(weekday('2026-01-05')).toBe(1);
    expect(weekdayName('2026-02-28')).toBe('星期六');
    expect(weekdayName('2026-04-07', 'en')).toBe('Tue');
  });

  it('takes the local date of an instant in Asia/Shanghai without reading the clock', () => {
    expect(localDateOf(new Date('2026-09-24T16:30:00Z'))).toBe('2026-09-25');
    expect(localDateOf(new Date('2026-09-24T15:59:00Z'))).toBe('2026-09-24');
    expect(localDateOf(new Date('2026-09-24T16:30:00Z'), 'UTC')).toBe('2026-09-24');
  });
});
