import { describe, expect, it } from 'vitest';
import { parseDates } from '../../core/understanding/parse-dates.js';

const today = '2026-11-25';
const dates = (text: string) => parseDates(text, today).map((d) => d.date);

describe('parseDates', () => {
  it('reads the forms officers type', () => {
    expect(dates('2026-09-25告知')).toEqual(['2026-09-25']);
    expect(dates('2026/9/25')).toEqual(['2026-09-25']);
    expect(dates('2026年9月25日立案')).toEqual(['2026-09-25']);
    expect(dates('2026年9月25号')).toEqual(['2026-09-25']);
    expect(dates('9月25日送达')).toEqual(['2026-09-25']);
    expect(dates('9.25 告知')).toEqual(['2026-09-25']);
    expect(dates('２０２６－０１－０５'.normalize('NFKC'))).toEqual(['2026-01-05']);
  });

  it('reads relative days against today', () => {
    expect(dates('今天立案')).toEqual(['2026-11-25']);
    expect(dates('昨天告知')).toEqual(['2026-11-24']);
    expect(dates('前天')).toEqual(['2026-11-23']);
    expect(dates('filed yesterday')).toEqual(['2026-11-24']);
  });

  it('does not read a full date twice as a month-day date', () => {
    expect(dates('2026年1月5日立案，2026-04-10决定')).toEqual(['2026-01-05', '2026-04-10']);
  });

  it('ignores impossible dates and plain numbers', () => {
    expect(dates('2026年2月30日')).toEqual([]);
    expect(dates('罚款3000元，超限12.5吨')).toEqual([]);
    expect(dates('甬交执罚〔2026〕123号')).toEqual([]);
  });

  it('keeps positions so events can be paired with dates', () => {
    const [d] = parseDates('于2026-01-05立案', today);
    expect(d).toMatchObject({ index: 1, end: 11, text: '2026-01-05' });
  });
});
