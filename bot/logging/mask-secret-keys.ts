/** Keys that hold credentials wherever they appear in a logged object (config, options, errors, headers). */
const SECRET_KEYS = [
  'token', 'botToken', 'appToken', 'accessToken', 'access_token', 'signingSecret', 'secret', 'clientSecret',
  'password', 'appPassword', 'encodingAesKey', 'EncodingAESKey', 'webhook', 'webhookUrl', 'authorization', 'cookie',
  'set-cookie', 'x-slack-signature', 'proxy-authorization',
];

// One pass over the finished JSON line masks a secret key's string value at any depth. pino's
// `redact.paths` needed a wildcard path per depth and cost more than the rest of a request's
// logging put together (profiled under load); this is a single regular expression.
const SECRET_VALUE = new RegExp(`"(${SECRET_KEYS.map((k) => k.replace(/[-]/g, '\\-')).join('|')})":"(?:[^"\\\\]|\\\\.)*"`, 'gi');

/**
 * Replaces the string value of every secret key in a JSON log line with "[REDACTED]".
 * @example maskSecretKeys('{"botToken":"xoxb-1"}') // '{"botToken":"[REDACTED]"}'
 */
export function maskSecretKeys(line: string): string {
  return line.replace(SECRET_VALUE, '"$1":"[REDACTED]"');
}
