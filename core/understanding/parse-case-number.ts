/**
 * A case number as agencies write them: 甬交执罚〔2026〕123号, also with [] 【】 () （） brackets
 * and an optional 第 before the number. Groups: prefix, year, number.
 */
export const CASE_NUMBER = /([\u4e00-\u9fa5A-Za-z]{1,12})\s*[〔[【(（]\s*(\d{4})\s*[〕\]】)）]\s*(?:第)?\s*(\d{1,6})\s*号/;

/**
 * The first case number in a message, brackets normalised to 〔〕.
 * @example parseCaseNumber('案件 甬交执罚〔2026〕123号 告知 2026-12-01') // '甬交执罚〔2026〕123号'
 */
export function parseCaseNumber(text: string): string | undefined {
  const m = CASE_NUMBER.exec(text);
  if (!m) return undefined;
  return `${m[1]}〔${m[2]}〕${m[3]}号`;
}

/** The message with its first case number replaced by `by`, so the rest can be read on its own. */
export function withoutCaseNumber(text: string, by = ' '): string {
  return text.replace(CASE_NUMBER, by);
}
