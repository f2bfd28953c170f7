import { BotError } from './bot-error.js';

/** An adapter was asked for something its platform cannot do (e.g. receive through a WeCom group robot). */
export class NotImplementedError extends BotError {
  constructor(message: string) {
    super('NOT_IMPLEMENTED', message);
  }
}
