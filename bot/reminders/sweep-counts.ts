/** What one sweep did, for logs, metrics and tests. */
export interface SweepCounts {
  /** Dates (case deadlines and notice targets) looked at. */
  scanned: number;
  /** Reminders newly claimed (临期 / 到期 / 超期). */
  reminders: number;
  /** Escalations newly claimed. */
  escalations: number;
  /** Delivery jobs handed to the runner (a repeat after a crash counts again; the runner ignores it). */
  jobs: number;
}

export function emptyCounts(): SweepCounts {
  return { scanned: 0, reminders: 0, escalations: 0, jobs: 0 };
}

export function addCounts(a: SweepCounts, b: SweepCounts): SweepCounts {
  return {
    scanned: a.scanned + b.scanned, reminders: a.reminders + b.reminders,
    escalations: a.escalations + b.escalations, jobs: a.jobs + b.jobs,
  };
}
