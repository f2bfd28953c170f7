import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Activity } from '@microsoft/agents-activity';

export type TeamsFixtureName =
  | 'personal-message' | 'channel-mention' | 'action-submit' | 'conversation-update-bot-added' | 'group-chat-message';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'teams');

/** A documented Teams activity payload (tests/fixtures/teams/SOURCES.md), as raw JSON. */
export function teamsFixture(name: TeamsFixtureName): Record<string, unknown> {
  return JSON.parse(readFileSync(join(DIR, `${name}.json`), 'utf8')) as Record<string, unknown>;
}

/** The same payload as the SDK's Activity, the way the adapter receives it. */
export function teamsActivity(name: TeamsFixtureName): Activity {
  return Activity.fromObject(teamsFixture(name));
}
