/** One parsed element: its name, its child elements and its text (CDATA and entities resolved). */
export interface XmlElement {
  name: string;
  children: XmlElement[];
  /** Concatenated character data of this element, excluding whitespace-only runs between children. */
  text: string;
}

/** The text of the first child called `name`, or undefined. */
export function childText(element: XmlElement, name: string): string | undefined {
  return element.children.find((c) => c.name === name)?.text;
}

/** All leaf children as name → text; nested groups (e.g. SelectedItems) are skipped. */
export function leafFields(element: XmlElement): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const child of element.children) {
    if (child.children.length === 0 && !(child.name in fields)) fields[child.name] = child.text;
  }
  return fields;
}
