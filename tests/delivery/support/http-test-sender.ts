import { TransientDeliveryError } from '../../../core/errors/transient-delivery-error.js';
import type { DeliveryPayload } from '../../../bot/delivery/delivery-job.js';
import type { DeliverySender, Receipt } from '../../../bot/delivery/delivery-sender.js';
import { destinationKey, type DeliveryTarget } from '../../../bot/delivery/delivery-target.js';

/** A DeliverySender that really POSTs each push to a FakeReceiver, as a platform adapter would. */
export class HttpTestSender implements DeliverySender {
  constructor(private readonly url: string) {}

  async send(destination: DeliveryTarget, _payload: DeliveryPayload, context: { deliveryId: string }): Promise<Receipt> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ deliveryId: context.deliveryId, destinationKey: destinationKey(destination), pid: process.pid }),
    }).catch((err: unknown) => {
      throw new TransientDeliveryError(`receiver unreachable: ${String(err)}`);
    });
    if (!response.ok) throw new TransientDeliveryError(`receiver answered ${response.status}`, response.status);
    const body = (await response.json()) as { errcode: number };
    return { platform: destination.platform, errcode: body.errcode };
  }
}
