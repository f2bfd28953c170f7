/**
 * Slack's size limits the renderer and the receiver respect. Each number carries its source;
 * see also /work/shared/domain/platforms.md §3.
 */

/** Blocks per message (docs.slack.dev/reference/block-kit/blocks: "up to 50 blocks in each message"). */
export const MAX_BLOCKS_PER_MESSAGE = 50;

/** Section block `text` (docs.slack.dev/reference/block-kit/blocks/section-block: "Maximum length … is 3000 characters"). */
export const MAX_SECTION_TEXT = 3000;

/** Header block plain_text (docs.slack.dev/reference/block-kit/blocks/header-block: "Maximum length … is 150 characters"). */
export const MAX_HEADER_TEXT = 150;

/** Context block elements (docs.slack.dev/reference/block-kit/blocks/context-block: "Maximum number of items is 10"). */
export const MAX_CONTEXT_ELEMENTS = 10;

/**
 * One context text element. Slack documents 3000 for text objects; context elements render
 * small, so citations are cut earlier into several elements to stay readable.
 */
export const MAX_CONTEXT_TEXT = 2000;

/** Actions block elements (docs.slack.dev/reference/block-kit/blocks/actions-block: "maximum of 25 elements"). */
export const MAX_ACTION_ELEMENTS = 25;

/** Button text (docs.slack.dev/reference/block-kit/block-elements/button-element: text "Maximum length … is 75 characters"). */
export const MAX_BUTTON_TEXT = 75;

/** Button value (same page: value "Maximum length … is 2000 characters"). */
export const MAX_BUTTON_VALUE = 2000;

/** action_id (same page: "Maximum length … is 255 characters"). */
export const MAX_ACTION_ID = 255;

/**
 * Characters of block text per message. Slack answers `msg_blocks_too_long` well below the
 * 50 × 3000 theoretical maximum — reported at ≈13 000 characters of mrkdwn (bolt-js issue #2509) —
 * so long replies split into several messages earlier than the block count alone would force.
 */
export const MAX_BLOCK_CHARS_PER_MESSAGE = 12_000;

/**
 * The top-level `text` fallback. Slack truncates it above 40 000 characters (chat.postMessage docs);
 * it is only a notification preview and screen-reader fallback when blocks are present, so casebot
 * keeps it far shorter.
 */
export const MAX_FALLBACK_TEXT = 4000;

/** A slash command's response_url "can be used up to 5 times within 30 minutes" (docs.slack.dev, slash commands). */
export const MAX_RESPONSE_URL_USES = 5;

/**
 * Events API: answer within 3 seconds or Slack retries (docs.slack.dev/apis/events-api). Bolt's
 * receivers give up on an unacknowledged request after 3001 ms (`unhandledRequestTimeoutMillis`).
 */
export const ACK_TIMEOUT_MS = 3001;

/** Signed requests older than this are replays (docs.slack.dev/authentication/verifying-requests-from-slack). */
export const SIGNATURE_MAX_AGE_SECONDS = 5 * 60;
