import type { Activity } from '@microsoft/agents-activity';
import type { TeamsConversationReference } from './teams-conversation-reference.js';

/**
 * The conversation reference of an inbound activity, without the activity id: a proactive
 * message starts a new post in the conversation rather than answering that one activity.
 * Teams names the tenant in channelData.tenant.id and not always in conversation.tenantId; it is
 * kept in the reference, as opening a 1:1 chat later needs it.
 */
export function referenceFromActivity(activity: Activity): TeamsConversationReference {
  const { activityId: _activityId, ...reference } = activity.getConversationReference();
  const copy = JSON.parse(JSON.stringify(reference)) as TeamsConversationReference;
  const tenant = (activity.channelData as { tenant?: { id?: unknown } } | undefined)?.tenant?.id;
  if (copy.conversation && !copy.conversation.tenantId && typeof tenant === 'string') copy.conversation.tenantId = tenant;
  return copy;
}
