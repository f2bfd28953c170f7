import type { Activity } from '@microsoft/agents-activity';
import type { TeamsConversationReference } from './teams-conversation-reference.js';

/**
 * The conversation reference of an inbound activity, without the activity id: a proactive
 * message starts a new post in the conversation rather than answering that one activity.
 */
export function referenceFromActivity(activity: Activity): TeamsConversationReference {
  const { activityId: _activityId, ...reference } = activity.getConversationReference();
  return JSON.parse(JSON.stringify(reference)) as TeamsConversationReference;
}
