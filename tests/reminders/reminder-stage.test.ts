import { describe, expect, it } from 'vitest';
import { createWorkingCalendar } from '../../core/calendar/create-working-calendar.js';
import { reminderStage } from '../../core/reminders/reminder-stage.js';

const cal = createWorkingCalendar([{
  year: 2026, source: 'GOV26',
  holidays: [{ name: '国庆节', from: '2026-10-01', to: '2026-10-07' }],
  workdays: [{ date: '2026-10-10', for: '国庆节' }],
}]);

describe('reminderStage', () => {
  it('is silent before the warning window', () => {
    expect(reminderStage('2026-12-10', '2026-12-04', cal)).toBeUndefined();
  });
  it('warns 3 and 1 working days before, skipping rest days', () => {
    expect(reminderStage('2026-12-10', '2026-12-07', cal)?.key).toBe('临期-3'); // Mon → Thu
    expect(reminderStage('2026-12-10', '2026-12-09', cal)?.key).toBe('临期-1');
    // Due Mon 12-14: 3 working days before is Wed 12-09 (weekend not counted).
    expect(reminderStage('2026-12-14', '2026-12-09', cal)?.key).toBe('临期-3');
    expect(reminderStage('2026-12-14', '2026-12-11', cal)?.key).toBe('临期-1');
    // Across 国庆: due 10-09, on 09-30 only 10-08 and 10-09 remain → the wide warning.
    expect(reminderStage('2026-10-09', '2026-09-30', cal)?.key).toBe('临期-3');
  });
  it('gives a case first seen inside the window the wider warning at once', () => {
    expect(reminderStage('2026-12-10', '2026-12-08', cal)?.key).toBe('临期-3');
  });
  it('marks the due day and every overdue day', () => {
    expect(reminderStage('2026-12-10', '2026-12-10', cal)?.kind).toBe('到期');
    expect(reminderStage('2026-12-10', '2026-12-11', cal)).toMatchObject({ kind: '超期', workingDaysLate: 1, key: '超期-2026-12-11' });
    expect(reminderStage('2026-12-10', '2026-12-14', cal)).toMatchObject({ workingDaysLate: 2, key: '超期-2026-12-14' });
  });
});
