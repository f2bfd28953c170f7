import http from 'node:http';
import { TransientDeliveryError } from '../../../core/errors/transient-delivery-error.js';
import type { DeliveryPayload } from '../../../bot/delivery/delivery-job.js';
import type { DeliverySender, Receipt } from '../../../bot/delivery/delivery-sender.js';
import { destinationKey, type DeliveryTarget } from '../../../bot/delivery/delivery-target.js';

/**
 * A DeliverySender that really POSTs each push to a FakeReceiver, as a platform adapter would.
 * node:http with a keep-alive agent: on a 2-core machine it sustains the bench's 100 concurrent
 * requests several times faster than global fetch, which would otherwise dominate the figures.
 */
export class HttpTestSender implements DeliverySender {
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  private readonly target: URL;

  constructor(url: string) {
    this.target = new URL(url);
  }

  async send(destination: DeliveryTarget, _payload: DeliveryPayload, context: { deliveryId: string }): Promise<Receipt> {
    const body = JSON.stringify({ deliveryId: context.deliveryId, destinationKey: destinationKey(destination), pid: process.pid });
    const { status, text } = await this.post(body);
    if (status !== 200) throw new TransientDeliveryError(`receiver answered ${status}`, status);
    return { platform: destination.platform, errcode: (JSON.parse(text) as { errcode: number }).errcode };
  }

  /** Closes idle keep-alive sockets. */
  close(): void {
    this.agent.destroy();
  }

  private post(body: string): Promise<{ status: number; text: string }> {
    return new Promise((resolve, reject) => {
      const req = http.request(
        {
          host: this.target.hostname, port: this.target.port, path: this.target.pathname, method: 'POST', agent: this.agent,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
        },
      );
      req.on('error', (err) => reject(new TransientDeliveryError(`receiver unreachable: ${err.message}`)));
      req.end(body);
    });
  }
}
