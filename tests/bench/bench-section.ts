/** A target a figure is judged against (issue 2 §5): `p99Ms <= 1`, `reqPerSec >= 2000`. */
export interface BenchTarget {
  metric: string;
  op: '<=' | '>=';
  value: number;
}

/** What one benchmark reports: named figures, and the targets they are judged against. */
export interface BenchResult {
  figures: Record<string, number | string>;
  targets?: BenchTarget[];
}

/**
 * One benchmark. Later issues add sections (Slack and WeCom end to end, sweep, broadcast)
 * by writing a file like the others and listing it in run.ts.
 */
export interface BenchSection {
  id: string;
  title: string;
  /** Runs the compiled server (dist/); run.ts builds once before the first such section. */
  needsBuild?: boolean;
  run(): Promise<BenchResult>;
}
