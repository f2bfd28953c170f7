const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Word-like segments (Chinese words, English words lower-cased, numbers). */
export function segmentWords(text: string): string[] {
  const words: string[] = [];
  for (const s of segmenter.segment(text)) if (s.isWordLike) words.push(s.segment.toLowerCase());
  return words;
}

/**
 * Character bigrams of the Chinese runs in `text`. Domain terms (超限, 危货, 附属设施) are split
 * badly by a general segmenter, so matching also uses bigrams, which survive any segmentation.
 */
export function chineseBigrams(text: string): string[] {
  const grams: string[] = [];
  for (const run of text.match(/[\u3400-\u9fff]+/g) ?? []) {
    if (run.length === 1) grams.push(run);
    for (let i = 0; i + 1 < run.length; i++) grams.push(run.slice(i, i + 2));
  }
  return grams;
}
