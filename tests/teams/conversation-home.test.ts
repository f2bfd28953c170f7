// Where a bot-started 1:1 Teams chat is created: serviceUrl and tenant from stored references.
import { describe, expect, it } from 'vitest';
import { findConversationHome, type TeamsConversationReference } from '../../adapters/teams/index.js';

const ref = (id: string, serviceUrl: string, tenantId?: string): TeamsConversationReference => ({
  channelId: 'msteams', serviceUrl,
  conversation: { id, ...(tenantId && { tenantId }) },
  agent: { id: '28:fake-bot', name: 'casebot' },
});
const AMER = 'https://smba.trafficmanager.net/amer/';
const APAC = 'https://smba.trafficmanager.net/apac/';

describe('findConversationHome', () => {
  it('uses the one tenant the stored conversations name, with its serviceUrl and bot account', () => {
    expect(findConversationHome([ref('19:a', AMER), ref('19:b', AMER, 'tenant-1')])).toEqual({
      home: { serviceUrl: AMER, tenantId: 'tenant-1', bot: { id: '28:fake-bot', name: 'casebot' } },
    });
  });

  it('prefers a conversation of the configured tenant', () => {
    const found = findConversationHome([ref('19:a', AMER, 'tenant-1'), ref('19:b', APAC, 'tenant-2')], 'tenant-2');
    expect(found).toMatchObject({ home: { serviceUrl: APAC, tenantId: 'tenant-2' } });
  });

  it('asks for MICROSOFT_APP_TENANT_ID when the conversations span several tenants', () => {
    const found = findConversationHome([ref('19:a', AMER, 'tenant-1'), ref('19:b', APAC, 'tenant-2')]);
    expect(found).toEqual({ reason: expect.stringMatching(/2 Teams tenants; set MICROSOFT_APP_TENANT_ID/) });
  });

  it('names the configured tenant when the bot is known only in another one', () => {
    expect(findConversationHome([ref('19:a', AMER, 'tenant-1')], 'tenant-2')).toEqual({ reason: expect.stringContaining('tenant tenant-2') });
  });

  it('explains that the bot was never installed when nothing is stored', () => {
    expect(findConversationHome([])).toEqual({ reason: expect.stringMatching(/no Teams conversation yet, so no serviceUrl and tenant are known/) });
    expect(findConversationHome([], 'tenant-1')).toEqual({ reason: expect.stringMatching(/no Teams conversation yet/) });
  });
});
