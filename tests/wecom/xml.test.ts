// The strict XML parser and the reply builders: WeCom's flat CDATA XML parses, anything odd is refused.
import { describe, expect, it } from 'vitest';
import { buildEncryptedReplyXml, buildTextReplyXml } from '../../adapters/wecom/xml/build-reply-xml.js';
import { parseCallbackEnvelope } from '../../adapters/wecom/xml/envelope.js';
import { parseXml } from '../../adapters/wecom/xml/parse-xml.js';
import { childText, leafFields } from '../../adapters/wecom/xml/xml-element.js';
import { XmlParseError } from '../../adapters/wecom/xml/xml-parse-error.js';
import { readCallbackXml } from './wecom-fixtures.js';

describe('parseXml', () => {
  it('reads CDATA and plain values alike, with and without a prolog', () => {
    const root = parseXml('<?xml version="1.0" encoding="UTF-8"?>\n<xml><A><![CDATA[x <y> & z]]></A><B>12</B><C>a &amp; b &lt;&#20013;&#x6587;&gt;</C><D/></xml>');
    expect(leafFields(root)).toEqual({ A: 'x <y> & z', B: '12', C: 'a & b <中文>', D: '' });
  });

  it('keeps nested groups as children and skips them as leaf fields', () => {
    const root = parseXml(readCallbackXml('template-card-event.xml'));
    expect(leafFields(root).EventKey).toBe('key111');
    expect(leafFields(root).SelectedItems).toBeUndefined();
    const items = root.children.find((c) => c.name === 'SelectedItems')!;
    expect(items.children).toHaveLength(2);
    expect(childText(items.children[0]!, 'QuestionKey')).toBe('QuestionKey1');
  });

  it.each([
    ['empty', ''],
    ['text only', 'hello'],
    ['unclosed', '<xml><A>1</A>'],
    ['mismatched', '<xml><A>1</B></xml>'],
    ['trailing content', '<xml></xml><xml></xml>'],
    ['doctype (XXE)', '<!DOCTYPE xml [<!ENTITY e SYSTEM "file:///etc/passwd">]><xml><A>&e;</A></xml>'],
    ['custom entity', '<xml><A>&e;</A></xml>'],
    ['bare ampersand', '<xml><A>a & b</A></xml>'],
    ['attributes', '<xml><A k="v">1</A></xml>'],
    ['unterminated CDATA', '<xml><A><![CDATA[x</A></xml>'],
    ['too deep', `${'<a>'.repeat(40)}${'</a>'.repeat(40)}`],
    ['json', '{"encrypt":"x"}'],
  ])('refuses %s', (_name, input) => {
    expect(() => parseXml(input)).toThrow(XmlParseError);
  });
});

describe('parseCallbackEnvelope', () => {
  it('requires an <xml> root with a non-empty Encrypt', () => {
    expect(parseCallbackEnvelope('<xml><ToUserName><![CDATA[ww1]]></ToUserName><Encrypt><![CDATA[abc]]></Encrypt><AgentID>7</AgentID></xml>'))
      .toEqual({ toUserName: 'ww1', agentId: '7', encrypt: 'abc' });
    expect(() => parseCallbackEnvelope('<xml><ToUserName>ww1</ToUserName></xml>')).toThrow(/Encrypt/);
    expect(() => parseCallbackEnvelope('<root><Encrypt>abc</Encrypt></root>')).toThrow(/root/);
  });
});

describe('reply XML', () => {
  it('builds the encrypted envelope WeCom expects', () => {
    const xml = buildEncryptedReplyXml({ encrypt: 'ENC', signature: 'SIG', timestamp: '1409659813', nonce: '42' });
    expect(xml).toBe('<xml><Encrypt><![CDATA[ENC]]></Encrypt><MsgSignature><![CDATA[SIG]]></MsgSignature><TimeStamp>1409659813</TimeStamp><Nonce><![CDATA[42]]></Nonce></xml>');
  });

  it('keeps a literal ]]> in content intact through CDATA', () => {
    const xml = buildTextReplyXml({ toUser: 'u1', corpId: 'ww1', createTime: 1, content: 'a]]>b' });
    expect(leafFields(parseXml(xml))).toMatchObject({ ToUserName: 'u1', FromUserName: 'ww1', MsgType: 'text', Content: 'a]]>b' });
  });
});
