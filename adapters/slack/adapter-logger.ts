import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';

/** The slice of a pino logger the adapter uses; pino's Logger fits it. */
export interface AdapterLogger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

/** A logger that drops everything; the default when none is given. */
export const silentLogger: AdapterLogger = { debug() {}, info() {}, warn() {}, error() {} };

function line(parts: unknown[]): string {
  return parts.map((p) => (p instanceof Error ? p.message : typeof p === 'string' ? p : String(p))).join(' ');
}

/**
 * Bolt's and WebClient's logger interface on top of ours. Debug output is dropped on purpose:
 * Bolt logs whole request bodies at debug, and those hold users' messages — parties' personal
 * data must not reach the log (design.md).
 */
export function toBoltLogger(logger: AdapterLogger): BoltLogger {
  let level = LogLevel.INFO;
  return {
    debug: () => {},
    info: (...msg: unknown[]) => logger.info({ source: 'bolt' }, line(msg)),
    warn: (...msg: unknown[]) => logger.warn({ source: 'bolt' }, line(msg)),
    error: (...msg: unknown[]) => logger.error({ source: 'bolt' }, line(msg)),
    setLevel: (next: LogLevel) => { level = next; },
    getLevel: () => level,
    setName: () => {},
  };
}
