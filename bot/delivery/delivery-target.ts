import { hash } from 'node:crypto';
import type { Destination } from '../config/directory.js';

/** A person addressed directly (DM), rather than a unit's group chat. */
export interface DirectAddress {
  platform: 'slack' | 'teams' | 'wecom-app' | 'console';
  userId: string;
}

/** Where one delivery goes: a unit's group destination from the directory, or one person. */
export type DeliveryTarget = Destination | DirectAddress;

/** True for a person's address, false for a group destination. */
export function isDirectAddress(target: DeliveryTarget): target is DirectAddress {
  return 'userId' in target && typeof target.userId === 'string';
}

function shortHash(text: string): string {
  return hash('sha256', text).slice(0, 16);
}

/**
 * A stable, secret-free key for a target: it names the rate-limit bucket, the broken mark and the
 * delivery id. A WeCom webhook URL carries its secret key, so it is hashed, never stored in the key.
 * @example destinationKey({ platform: 'slack', channel: 'C01' }) === 'slack:C01'
 */
export function destinationKey(target: DeliveryTarget): string {
  if (isDirectAddress(target)) return `user:${target.platform}:${target.userId}`;
  // Directory destinations are long-lived objects pushed to thousands of times a sweep.
  let key = groupKeys.get(target);
  if (key === undefined) {
    key = groupKey(target);
    groupKeys.set(target, key);
  }
  return key;
}

const groupKeys = new WeakMap<Destination, string>();

function groupKey(target: Destination): string {
  switch (target.platform) {
    case 'wecom-robot':
      return `wecom-robot:${shortHash(target.webhook)}`;
    case 'slack':
      return `slack:${target.channel}`;
    case 'teams':
      return `teams:${target.conversationId}`;
    case 'wecom-app':
      if (target.chatId) return `wecom-app:chat:${target.chatId}`;
      return `wecom-app:users:${shortHash([...(target.userIds ?? [])].sort().join('|'))}`;
  }
}

/** The platform a target is delivered through (for metrics and receipts). */
export function targetPlatform(target: DeliveryTarget): string {
  return target.platform;
}
