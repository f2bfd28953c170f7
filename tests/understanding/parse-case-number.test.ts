import { describe, expect, it } from 'vitest';
import { parseCaseNumber } from '../../core/understanding/parse-case-number.js';

describe('parseCaseNumber', () => {
  it('reads agency case numbers and normalises the brackets', () => {
    expect(parseCaseNumber('登记案件 甬交执罚〔2026〕123号 非法营运')).toBe('甬交执罚〔2026〕123号');
    expect(parseCaseNumber('案件 甬交执罚[2026]123号 告知 2026-12-01')).toBe('甬交执罚〔2026〕123号');
    expect(parseCaseNumber('甬交执罚【2026】第45号')).toBe('甬交执罚〔2026〕45号');
    expect(parseCaseNumber('甬交执罚（2026）7号')).toBe('甬交执罚〔2026〕7号');
  });

  it('finds nothing in ordinary questions', () => {
    expect(parseCaseNumber('黑车拉客要哪些证据')).toBeUndefined();
    expect(parseCaseNumber('2026年1月5日立案')).toBeUndefined();
  });
});
