import { describe, expect, it } from 'vitest';
import { detectLocale, normalizeText } from '../../core/understanding/normalize-text.js';

describe('normalizeText', () => {
  it('folds full-width characters and spaces', () => {
    expect(normalizeText('　２０２６－０１－０５　立案　')).toBe('2026-01-05 立案');
    expect(normalizeText('ＡＢＣ，help')).toBe('ABC,help');
  });
});

describe('detectLocale', () => {
  it('answers English to English and Chinese otherwise', () => {
    expect(detectLocale('How many days does the party have to request a hearing?')).toBe('en');
    expect(detectLocale('help')).toBe('en');
    expect(detectLocale('黑车 evidence')).toBe('zh');
    expect(detectLocale('🚗🚗')).toBe('zh');
    expect(detectLocale('2026-01-05')).toBe('zh');
  });
});
