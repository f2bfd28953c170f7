import { childText } from './xml-element.js';
import { parseXml } from './parse-xml.js';
import { XmlParseError } from './xml-parse-error.js';

/** The outer XML of a POST callback (doc 90238): only `Encrypt` is needed to go on. */
export interface CallbackEnvelope {
  toUserName?: string;
  agentId?: string;
  encrypt: string;
}

/**
 * `<xml><ToUserName/><AgentID/><Encrypt/></xml>` → its fields. The ToUserName here is not
 * authenticated; the receiveid inside the ciphertext is what the corp check relies on.
 */
export function parseCallbackEnvelope(body: string): CallbackEnvelope {
  const root = parseXml(body);
  if (root.name !== 'xml') throw new XmlParseError('root element must be <xml>', 0);
  const encrypt = childText(root, 'Encrypt')?.trim();
  if (!encrypt) throw new XmlParseError('missing <Encrypt>', 0);
  return { toUserName: childText(root, 'ToUserName'), agentId: childText(root, 'AgentID'), encrypt };
}
