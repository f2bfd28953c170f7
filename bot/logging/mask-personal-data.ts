/**
 * Masks parties' personal data and stray credentials in any log text. Runs over each finished
 * JSON line, so it also catches what structural redaction cannot: numbers typed into a
 * message, an error message quoting user text, a webhook URL inside a string.
 */

// GB 11643-1999 citizen ID: 17 digits and a check digit 0-9 or X. Lookarounds instead of \b
// because Chinese text around the number has no ASCII word boundary semantics we can rely on.
const CITIZEN_ID = /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g;
// Mainland mobile numbers: 11 digits starting 13–19 (MIIT numbering plan), optionally +86.
const MOBILE = /(?<![0-9])(?:\+?86[- ]?)?1[3-9]\d{9}(?![0-9])/g;
// WeCom robot webhooks and other key-in-URL secrets: ...send?key=XXXX
const URL_KEY = /([?&](?:key|access_token|token|secret)=)[^&\s"'\\]+/gi;
// Authorization header values that slipped into a string.
const BEARER = /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/g;
// Slack tokens: xoxb-, xoxp-, xapp- … (Slack token types documentation).
const SLACK_TOKEN = /\bx(?:ox[abprs]|app)-[A-Za-z0-9-]+/g;

export function maskPersonalData(text: string): string {
  return text
    .replace(CITIZEN_ID, '[ID]')
    .replace(MOBILE, '[PHONE]')
    .replace(URL_KEY, '$1[REDACTED]')
    .replace(BEARER, '$1 [REDACTED]')
    .replace(SLACK_TOKEN, '[REDACTED]');
}
