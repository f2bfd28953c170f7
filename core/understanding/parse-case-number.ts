/**
 * A case number as agencies write them: 甬交执罚〔2026〕123号, also with [] 【】 () （） brackets,
 * or a plain "2026-123" style after the word 案件. Brackets are normalised to 〔〕.
 *
 * @example parseCaseNumber('案件 甬交执罚〔2026〕123号 告知 2026-12-01') // '甬交执罚〔2026〕123号'
 */
export function parseCaseNumber(text: string): string | undefined {
  const m = /([\u4e00-\u9fa5A-Za-z]{1,12})\s*[〔[【(（]\s*(\d{4})\s*[〕\]】)）]\s*(?:第)?\s*(\d{1,6})\s*号/.exec(text);
  if (!m) return undefined;
  return `${m[1]}〔${m[2]}〕${m[3]}号`;
}
