/**
 * The production sender through the real WeCom adapter against the local WeCom fake: a robot push
 * leaves the errcode-0 receipt, and so does a push to a WeCom app group chat; an unknown robot key
 * (93000), an unknown chat (86001) and an unconfigured platform are permanent errors the runners stop on.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { UnrecoverableDeliveryError } from '../../core/errors/unrecoverable-delivery-error.js';
import { createPlatformSender } from '../../bot/delivery/senders/platform-sender.js';
import { createWecomAppClient } from '../../adapters/wecom/index.js';
import { startFakeWecomApi, type FakeWecomApi } from '../fakes/fake-wecom-api.js';
import { sampleReply } from './delivery-fixtures.js';

let fake: FakeWecomApi;
beforeEach(async () => {
  fake = await startFakeWecomApi({ webhookKeys: ['good-key'], corpId: 'wwcorp', secret: 's3cret', appChats: ['haishu-chat'] });
});
afterEach(async () => {
  await fake.close();
});

it('pushes to a WeCom robot and returns errcode 0 as the receipt', async () => {
  const sender = createPlatformSender({});
  const receipt = await sender.send({ platform: 'wecom-robot', webhook: fake.webhookUrl('good-key') }, { reply: sampleReply('督办通知') }, { deliveryId: 'd1' });
  expect(receipt).toEqual({ platform: 'wecom-robot', errcode: 0 });
  expect(JSON.stringify(fake.robotMessages('good-key'))).toContain('督办通知');
});

it('uses text with mentioned_list when the push @-mentions people', async () => {
  const sender = createPlatformSender({});
  await sender.send({ platform: 'wecom-robot', webhook: fake.webhookUrl('good-key') }, { reply: sampleReply(), mentions: ['zhangsan'] }, { deliveryId: 'd2' });
  expect(fake.robotMessages('good-key')[0]).toMatchObject({ msgtype: 'text', text: { mentioned_list: ['zhangsan'] } });
});

it('reports an unknown robot key and an unconfigured platform as permanent', async () => {
  const sender = createPlatformSender({});
  const removed = sender.send({ platform: 'wecom-robot', webhook: fake.webhookUrl('removed-key') }, { reply: sampleReply() }, { deliveryId: 'd3' });
  await expect(removed).rejects.toMatchObject({ code: 'DELIVERY_UNRECOVERABLE', platformCode: 93000 });
  await expect(sender.send({ platform: 'slack', channel: 'C1' }, { reply: sampleReply() }, { deliveryId: 'd4' })).rejects.toBeInstanceOf(UnrecoverableDeliveryError);
});

it('pushes to a unit\'s WeCom app group chat through appchat/send; an unknown chat is permanent', async () => {
  const sender = createPlatformSender({ wecomApp: createWecomAppClient({ apiBase: fake.url, corpId: 'wwcorp', secret: 's3cret', agentId: '1000002' }) });
  const receipt = await sender.send({ platform: 'wecom-app', chatId: 'haishu-chat' }, { reply: sampleReply('整改提醒') }, { deliveryId: 'd5' });
  expect(receipt).toEqual({ platform: 'wecom-app', errcode: 0 });
  expect(JSON.stringify(fake.appChatMessages('haishu-chat'))).toContain('整改提醒');
  const unknown = sender.send({ platform: 'wecom-app', chatId: 'no-such-chat' }, { reply: sampleReply() }, { deliveryId: 'd6' });
  await expect(unknown).rejects.toMatchObject({ code: 'DELIVERY_UNRECOVERABLE', platformCode: 86001 });
});
