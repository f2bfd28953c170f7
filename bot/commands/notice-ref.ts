/** A notice reference as typed: N-12, T-3, n12, N 12. */
export const NOTICE_REF = /([NTnt])\s*[-－—]?\s*(\d{1,6})/;

export function readNoticeRef(text: string): { ref: string; rest: string } | undefined {
  const m = new RegExp(`^\\s*${NOTICE_REF.source}`).exec(text);
  if (!m) return undefined;
  return { ref: `${m[1]!.toUpperCase()}-${m[2]}`, rest: text.slice(m[0].length).trim() };
}
