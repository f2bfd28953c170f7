import { Migrator } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrationProvider } from '../../adapters/store/migrations/index.js';
import { openSqliteStore } from '../../adapters/store/open-sqlite.js';
import { DestinationStateRepository } from '../../adapters/store/repositories/destination-state.js';

// Before the console inbox, every push to a console user failed and marked that user broken; a
// store migrated then must not keep those users' reminders out of their inbox.
describe('migration 005-console-inbox', () => {
  it('lifts the broken marks of console users and keeps every other mark', async () => {
    const store = openSqliteStore('', ':memory:');
    try {
      const migrator = new Migrator({ db: store.db, provider: migrationProvider('sqlite') });
      expect((await migrator.migrateTo('004-case-events-digest')).error).toBeUndefined();
      const states = new DestinationStateRepository(store.db);
      await states.markBroken('user:console:zhangsan', 'console', 'DELIVERY_UNRECOVERABLE: the console has no push channel', 1);
      await states.markBroken('wecom-robot:0123abcd', 'wecom-robot', 'errcode 93000', 2);
      await store.migrate();
      expect((await states.listBroken()).map((b) => b.destinationKey)).toEqual(['wecom-robot:0123abcd']);
      expect(await states.getBroken('user:console:zhangsan')).toBeUndefined();
    } finally {
      await store.close();
    }
  });
});
