import type { IncomingMessage } from '../../../core/message/incoming-message.js';
import type { Reply } from '../../../core/reply/reply.js';
import { problemReply } from '../cases/case-replies.js';
import type { ServiceDeps } from '../service-deps.js';
import { findUnit } from './resolve-units.js';
import { actorOf, senderOf } from './sender.js';

/** 绑定单位 <单位>: in a group chat, records which unit the chat belongs to, so 收到 from it names the unit. */
export async function bindChat(deps: ServiceDeps, message: IncomingMessage, unitText: string): Promise<Reply[]> {
  const unit = findUnit(deps.directory, unitText);
  if (!unit) return [problemReply(`没有找到单位“${unitText}”`, `已配置的单位：${deps.directory.units.map((u) => u.name).join('、') || '（无）'}`)];
  const sender = senderOf(deps.directory, message);
  const { role, unit: own } = sender.person;
  if (role === 'officer' && own !== unit.id) return [problemReply('无权绑定', '只能把群绑定到本人所在单位；其他情况请联系督查或管理员。', 'refusal')];
  await deps.repos.chatBindings.bind({ platform: message.platform, conversationId: message.conversation.id, unitId: unit.id, boundBy: sender.ref });
  await deps.repos.audit.append({ actor: actorOf(sender), action: 'chat.bound', subject: `unit:${unit.id}`, detail: { platform: message.platform } });
  return [{ kind: 'ack', locale: 'zh', sections: [], citations: [], title: `本群已绑定到 ${unit.name}`, summary: '在本群回复“收到 <编号>”或“已整改 <编号> <说明>”将记在该单位名下。' }];
}
