import { expect, it } from 'vitest';
import { GroupCommit } from '../../bot/delivery/group-commit.js';

/** A fake transaction: counts commits; a throwing piece rolls its whole batch back. */
function fakeStore() {
  const committed: string[] = [];
  let commits = 0;
  const transaction = async <T>(fn: (scope: string[]) => Promise<T>): Promise<T> => {
    const pending: string[] = [];
    const result = await fn(pending);
    committed.push(...pending);
    commits += 1;
    return result;
  };
  return { committed, commits: () => commits, transaction };
}

it('commits the writes of one event-loop turn together, each caller getting its own result', async () => {
  const store = fakeStore();
  const group = new GroupCommit(store.transaction);
  const results = await Promise.all(['a', 'b', 'c'].map((v) => group.run(async (scope) => (scope.push(v), v.toUpperCase()))));
  expect(results).toEqual(['A', 'B', 'C']);
  expect(store.committed).toEqual(['a', 'b', 'c']);
  expect(store.commits()).toBe(1);
});

it('runs each write alone when the batch fails, so only the bad one reports an error', async () => {
  const store = fakeStore();
  const group = new GroupCommit(store.transaction);
  const good = group.run(async (scope) => void scope.push('good'));
  const bad = group.run(async () => {
    throw new Error('constraint');
  });
  await expect(good).resolves.toBeUndefined();
  await expect(bad).rejects.toThrow('constraint');
  expect(store.committed).toEqual(['good']);
});
