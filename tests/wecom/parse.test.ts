// Decrypted WeCom callbacks (doc fixtures and the official vectors) → the neutral IncomingMessage.
import { describe, expect, it } from 'vitest';
import { parseWecomMessage } from '../../adapters/wecom/webhook/parse.js';
import { XmlParseError } from '../../adapters/wecom/xml/xml-parse-error.js';
import { readCallbackXml, readJsonFixture, vectors } from './wecom-fixtures.js';

interface CallbackCase { file: string; expected: unknown }

describe('parseWecomMessage', () => {
  for (const c of readJsonFixture<{ cases: CallbackCase[] }>('callbacks.json').cases) {
    it(`${c.file} parses to the expected result`, () => {
      expect(parseWecomMessage(readCallbackXml(c.file))).toEqual(c.expected);
    });
  }

  it('parses the official vectors A2 and B2 (newline-separated CDATA, and bare values with 你好)', () => {
    const [a2, b2] = vectors().vectors.filter((v) => v.kind === 'xml');
    expect(parseWecomMessage(a2!.plaintext)).toEqual({
      kind: 'message',
      message: {
        id: '4561255354251345929', platform: 'wecom', conversation: { id: 'mycreate', kind: 'direct' },
        user: { id: 'mycreate' }, text: 'hello', sentAt: '2014-09-02T12:10:13.000Z',
      },
    });
    expect(parseWecomMessage(b2!.plaintext)).toMatchObject({ kind: 'message', message: { id: '1456453720', user: { id: 'ChenJiaShun' }, text: '你好' } });
  });

  it('refuses a text message without MsgId or sender', () => {
    expect(() => parseWecomMessage('<xml><FromUserName>u</FromUserName><MsgType>text</MsgType><Content>x</Content></xml>')).toThrow(XmlParseError);
    expect(() => parseWecomMessage('<xml><MsgType>text</MsgType><Content>x</Content><MsgId>1</MsgId></xml>')).toThrow(XmlParseError);
  });

  it('ignores a card event without a key', () => {
    const xml = readCallbackXml('template-card-event.xml').replace('<![CDATA[key111]]>', '');
    expect(parseWecomMessage(xml)).toEqual({ kind: 'ignored', reason: 'template_card_event without EventKey' });
  });
});
