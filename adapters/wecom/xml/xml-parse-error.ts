import { ValidationError } from '../../../core/errors/validation-error.js';

/** The body is not the flat XML WeCom sends; the route answers 400. */
export class XmlParseError extends ValidationError {
  constructor(reason: string, readonly position: number) {
    super(`malformed XML at ${position}: ${reason}`, [reason]);
  }
}
