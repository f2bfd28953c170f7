import type { BenchSection } from './bench-section.js';
import { benchBroadcast } from './broadcast.js';

/** 1 000 pushes over 100 WeCom robots against a 50 ms fake, both runners (issue 4). */
export const broadcastBenches: BenchSection[] = (['outbox', 'bullmq'] as const).map((mode) => ({
  id: `broadcast-${mode}`,
  title: `Broadcast to 1 000 destinations over 100 robots (${mode})`,
  run: () => benchBroadcast(mode),
}));
