import { afterEach, beforeEach } from 'vitest';
import { createRepositories, type Repositories } from '../../../adapters/store/repositories/index.js';
import type { Store } from '../../../adapters/store/store.js';
import type { PersonRef } from '../../../adapters/store/repositories/person-ref.js';

/** Opens a fresh, isolated, unmigrated store. */
export type OpenStore = () => Promise<Store>;

/** A settable clock, so stored instants are predictable. */
export class FakeClock {
  constructor(private current = new Date('2026-11-20T02:00:00.000Z')) {}
  now = (): Date => new Date(this.current);
  set(iso: string): void {
    this.current = new Date(iso);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

/** What each contract test gets: a migrated store, repositories on a fake clock, the clock. */
export interface StoreFixture {
  store: Store;
  repos: Repositories;
  clock: FakeClock;
}

/** Registers beforeEach/afterEach that open a migrated store per test; read `fixture()` inside tests. */
export function useStore(open: OpenStore): () => StoreFixture {
  let current: StoreFixture | undefined;
  beforeEach(async () => {
    const store = await open();
    await store.migrate();
    const clock = new FakeClock();
    current = { store, clock, repos: createRepositories(store.db, { now: clock.now }) };
  });
  afterEach(async () => {
    await current?.store.close();
    current = undefined;
  });
  return () => {
    if (!current) throw new Error('store fixture used outside a test');
    return current;
  };
}

export const OFFICER: PersonRef = { platform: 'console', userId: 'zhangsan', name: '张三' };
export const OTHER_OFFICER: PersonRef = { platform: 'slack', userId: 'U0LISI', name: '李四' };
export const SUPERVISOR: PersonRef = { platform: 'console', userId: 'wangwu', name: '王五' };
export const MEMBER_A: PersonRef = { platform: 'wecom', userId: 'zhaoliu', name: '赵六' };
export const MEMBER_B: PersonRef = { platform: 'slack', userId: 'U0QIAN', name: '钱七' };
export const CASE_NO = '甬交执罚〔2026〕123号';
