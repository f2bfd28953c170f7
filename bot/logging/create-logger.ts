import { randomUUID } from 'node:crypto';
import pino, { type DestinationStream, type Logger } from 'pino';
import { maskPersonalData } from './mask-personal-data.js';
import { maskSecretKeys } from './mask-secret-keys.js';

export interface LoggerOptions {
  level?: string;
  /** Where JSON lines go; default stdout. Tests pass a stream and read it back. */
  destination?: DestinationStream;
}

/** Wraps a destination so every finished line is masked before it leaves the process. */
function maskingStream(target: DestinationStream & { flush?: () => void }): DestinationStream {
  return {
    write: (line: string) => target.write(maskPersonalData(maskSecretKeys(line))),
    // pino's logger.flush() looks for this; keep it so shutdown can drain buffered lines.
    ...(target.flush ? { flush: () => target.flush?.() } : {}),
  } as DestinationStream;
}

/**
 * The process logger: pino JSON, secrets removed by key at any depth, parties' ID and
 * phone numbers masked in every string. Fastify uses it as its logger, so request logs get
 * the same treatment.
 *
 * @example
 * const logger = createLogger({ level: 'info' });
 * logger.info({ userId }, 'answered');
 */
export function createLogger(options: LoggerOptions = {}): Logger {
  const destination = options.destination ?? pino.destination({ fd: 1, sync: false });
  return pino(
    {
      level: options.level ?? 'info',
      base: { service: 'casebot' },
      serializers: { err: pino.stdSerializers.err },
    },
    maskingStream(destination),
  );
}

/** A request id: the caller's `x-request-id` when it looks sane, else a fresh UUID. */
export function requestId(header: string | string[] | undefined): string {
  const given = Array.isArray(header) ? header[0] : header;
  return given && /^[\w.:-]{1,128}$/.test(given) ? given : randomUUID();
}
