import type { NoticeKind } from '../tables/notice-tables.js';

/**
 * Short references units type back (`收到 N-12`): T-n for regulation reminders (提示), N-n for
 * supervision notices, numbered per kind.
 */
export const NOTICE_REF_PREFIX: Readonly<Record<NoticeKind, string>> = { reminder: 'T', supervision: 'N' };

/** The counter a kind's references are drawn from. */
export function noticeRefCounter(kind: NoticeKind): string {
  return `notice-ref:${NOTICE_REF_PREFIX[kind]}`;
}

/**
 * The canonical form of a typed reference: full-width characters folded (Ｎ－１２), case and
 * spaces ignored, hyphen optional — 'n12', 'Ｎ-12', 'N - 12' all give 'N-12'. Undefined if not a ref.
 */
export function normalizeNoticeRef(text: string): string | undefined {
  const folded = text.normalize('NFKC').replace(/\s+/g, '').replace(/[\u2010-\u2015\u2212]/g, '-').toUpperCase();
  const match = /^([A-Z])-?(\d{1,9})$/.exec(folded);
  return match ? `${match[1]}-${Number(match[2])}` : undefined;
}
