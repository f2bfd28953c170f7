import { BotError } from '../../core/errors/bot-error.js';

/** A knowledge file failed to load; the message names the file, the path inside it and the reason. */
export class KnowledgeError extends BotError {
  constructor(readonly file: string, readonly problems: string[]) {
    super('KNOWLEDGE_INVALID', `${file}: ${problems.join('; ')}`);
  }
}
