/** Wraps text in CDATA; a literal `]]>` inside is split across two sections so it cannot close early. */
export function cdata(text: string): string {
  return `<![CDATA[${text.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
}
