import { describe, expect, it } from 'vitest';
import { SUPERVISOR, useStore, type OpenStore } from './store-fixture.js';

/** Runtime directory state: Teams conversation references and chat bindings. */
export function runtimeContract(open: OpenStore): void {
  describe('runtime directory state', () => {
    const fixture = useStore(open);

    it('upserts a conversation reference and reads back the latest', async () => {
      const refs = fixture().repos.conversationRefs;
      await refs.upsert('teams', '19:abc@thread.tacv2', { serviceUrl: 'https://smba.example/', v: 1 });
      fixture().clock.advance(5_000);
      await refs.upsert('teams', '19:abc@thread.tacv2', { serviceUrl: 'https://smba.example/', v: 2 });
      expect(await refs.get('teams', '19:abc@thread.tacv2')).toEqual({
        platform: 'teams', conversationId: '19:abc@thread.tacv2',
        reference: { serviceUrl: 'https://smba.example/', v: 2 }, updatedAt: '2026-11-20T02:00:05.000Z',
      });
      expect(await refs.get('teams', 'unknown')).toBeUndefined();
      expect(await refs.list('teams')).toHaveLength(1);
    });

    it('binds, rebinds and unbinds a chat to a unit', async () => {
      const bindings = fixture().repos.chatBindings;
      await bindings.bind({ platform: 'slack', conversationId: 'C01', unitId: 'haishu', boundBy: SUPERVISOR });
      await bindings.bind({ platform: 'wecom', conversationId: 'wrOgAA', unitId: 'haishu' });
      expect(await bindings.unitOf('slack', 'C01')).toBe('haishu');
      expect((await bindings.forUnit('haishu')).map((b) => [b.platform, b.boundBy?.name ?? null]))
        .toEqual([['slack', '王五'], ['wecom', null]]);
      await bindings.bind({ platform: 'slack', conversationId: 'C01', unitId: 'jiangbei' });
      expect(await bindings.unitOf('slack', 'C01')).toBe('jiangbei');
      expect(await bindings.unbind('slack', 'C01')).toBe(true);
      expect(await bindings.unbind('slack', 'C01')).toBe(false);
      expect(await bindings.unitOf('slack', 'C01')).toBeUndefined();
    });
  });
}
