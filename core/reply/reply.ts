import type { Citation } from '../citation/citation.js';

export type Locale = 'zh' | 'en';

/** A flag on an item a renderer may show as an icon or a tag. */
export type ItemFlag = 'ok' | 'missing' | 'conditional' | 'unverified' | 'warning' | 'overdue' | 'due' | 'upcoming' | 'veto' | 'deduction';

export interface ReplyItem {
  text: string;
  /** A second line: reason, derivation or legal basis. */
  note?: string;
  flag?: ItemFlag;
}

export interface ReplySection {
  heading: string;
  items: ReplyItem[];
}

/** A button; pressing it sends `value` back as if the user had typed it. */
export interface ReplyAction {
  id: string;
  label: string;
  value: string;
  style?: 'primary' | 'danger';
}

/** What the reply answers; renderers and metrics use it. */
export type ReplyKind =
  | 'evidence' | 'deadlines' | 'procedure' | 'review' | 'help' | 'clarify' | 'not-found'
  | 'refusal' | 'error' | 'case' | 'notice' | 'broadcast' | 'status' | 'ack';

/**
 * One neutral answer. Adapters render it (Block Kit, Adaptive Card, WeCom markdown, HTML, text)
 * and split it where the platform's limits demand.
 */
export interface Reply {
  kind: ReplyKind;
  locale: Locale;
  title: string;
  summary?: string;
  sections: ReplySection[];
  citations: Citation[];
  actions?: ReplyAction[];
  /** true when any statement rests on an unverified fact (shown as 待核实). */
  unverified?: boolean;
}
