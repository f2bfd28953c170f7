/** Keys that hold credentials wherever they appear in a logged object (config, options, errors). */
const SECRET_KEYS = [
  'token', 'botToken', 'appToken', 'accessToken', 'access_token', 'signingSecret', 'secret', 'clientSecret',
  'password', 'appPassword', 'encodingAesKey', 'EncodingAESKey', 'webhook', 'webhookUrl', 'authorization', 'cookie',
];

/** Headers that authenticate a request or carry a platform's signature. */
const SECRET_HEADERS = ['authorization', 'cookie', 'set-cookie', 'x-slack-signature', 'proxy-authorization'];

/**
 * pino `redact.paths`: each secret key at the top level and up to three levels down
 * (pino's wildcard matches exactly one level), plus request and response headers.
 */
export const REDACT_PATHS: string[] = [
  ...SECRET_KEYS.flatMap((k) => [k, `*.${k}`, `*.*.${k}`, `*.*.*.${k}`]),
  ...SECRET_HEADERS.flatMap((h) => [`req.headers["${h}"]`, `headers["${h}"]`, `res.headers["${h}"]`]),
];
