/**
 * Folds what officers type into one form: full-width ASCII to half-width, ideographic space
 * to space, runs of whitespace to one, trimmed. Case is kept (case numbers); callers lower-case English.
 */
export function normalizeText(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const CJK = /[\u3400-\u9fff]/;
const LATIN_WORD = /[A-Za-z]{2,}/;

/** English when the message has Latin words and no Chinese characters; Chinese otherwise. */
export function detectLocale(text: string): 'zh' | 'en' {
  return !CJK.test(text) && LATIN_WORD.test(text) ? 'en' : 'zh';
}
