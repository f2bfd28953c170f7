import { parse as parseQuery } from 'node:querystring';
import { ValidationError } from '../../../core/errors/validation-error.js';
import { asFields, type Fields } from './fields.js';

function contentTypeOf(value: string | undefined): string {
  return (value ?? '').split(';')[0]!.trim().toLowerCase();
}

/**
 * A verified raw body → the payload object. Events arrive as JSON; slash commands as form fields;
 * interactivity as a form with one `payload` field holding JSON
 * (docs.slack.dev/interactivity/handling-user-interaction).
 *
 * @throws ValidationError for a body that is neither, or not an object.
 */
export function decodeSlackBody(rawBody: Buffer, contentType: string | undefined): Fields {
  const text = rawBody.toString('utf8');
  const type = contentTypeOf(contentType);
  try {
    if (type === 'application/x-www-form-urlencoded') {
      const form = parseQuery(text);
      const decoded = typeof form.payload === 'string' ? JSON.parse(form.payload) : { ...form };
      return required(asFields(decoded));
    }
    if (type === 'application/json') return required(asFields(JSON.parse(text)));
  } catch (error) {
    if (error instanceof ValidationError) throw error;
    throw new ValidationError('Slack request body is not valid JSON or form data', ['body'], { cause: error });
  }
  throw new ValidationError(`unsupported content type for Slack: ${type || '(none)'}`, ['content-type']);
}

function required(fields: Fields | undefined): Fields {
  if (!fields) throw new ValidationError('Slack request body must be an object', ['body']);
  return fields;
}
