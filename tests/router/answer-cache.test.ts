import { describe, expect, it } from 'vitest';
import { AnswerCache } from '../../bot/router/answer-cache.js';
import type { Reply } from '../../core/reply/reply.js';

const reply = (title: string): Reply[] => [{ kind: 'help', locale: 'zh', title, sections: [], citations: [] }];

describe('AnswerCache', () => {
  it('answers a repeated question from the cache, per day', () => {
    const cache = new AnswerCache(10);
    cache.set('2026-11-25', '黑车', reply('a'));
    expect(cache.get('2026-11-25', '黑车')?.[0]?.title).toBe('a');
    expect(cache.get('2026-11-26', '黑车')).toBeUndefined();
  });

  it('forgets the least recently used answer beyond its capacity', () => {
    const cache = new AnswerCache(2);
    cache.set('d', 'one', reply('1'));
    cache.set('d', 'two', reply('2'));
    cache.get('d', 'one');
    cache.set('d', 'three', reply('3'));
    expect(cache.get('d', 'two')).toBeUndefined();
    expect(cache.get('d', 'one')).toBeDefined();
    expect(cache.get('d', 'three')).toBeDefined();
  });
});
