/** WeCom size limits the renderers respect; each number carries its source. */
export const WECOM_LIMITS = {
  /** Group robot text.content ≤ 2048 bytes (doc 91770). */
  robotTextBytes: 2048,
  /** Group robot markdown.content ≤ 4096 bytes (doc 91770). */
  robotMarkdownBytes: 4096,
  /** App message text.content ≤ 2048 bytes (doc 90236). */
  appTextBytes: 2048,
  /** App message markdown.content ≤ 2048 bytes (doc 90236). */
  appMarkdownBytes: 2048,
  /** Passive reply text Content ≤ 2048 bytes, longer is cut by WeCom (doc 90241). */
  passiveTextBytes: 2048,
  /** Template card button_list ≤ 6 buttons (doc 90236, button_interaction). */
  cardButtons: 6,
  /** Button key ≤ 1024 bytes; it comes back as EventKey (doc 90236). */
  cardButtonKeyBytes: 1024,
  /** Button text: "建议不超过10个字" (doc 90236). */
  cardButtonChars: 10,
  /** main_title.title "建议不超过36个字", main_title.desc 44 (doc 90236, button_interaction). */
  cardTitleChars: 36,
  cardTitleDescChars: 44,
  /** sub_title_text "建议不超过160个字" (doc 90236). */
  cardSubtitleChars: 160,
} as const;
