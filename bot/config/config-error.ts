import { BotError } from '../../core/errors/bot-error.js';

/**
 * The configuration is unusable. `problems` name every bad setting by what the operator
 * edits: the env var (`PORT: expected a number`) or the YAML key path (`people.2.role: …`).
 *
 * @example
 * throw new ConfigError(['PORT: expected an integer from 1 to 65535, got "abc"']);
 */
export class ConfigError extends BotError {
  constructor(readonly problems: string[], options?: { cause?: unknown }) {
    super('CONFIG_INVALID', `invalid configuration:\n  - ${problems.join('\n  - ')}`, options);
  }
}
