// Rendering a Reply for WeCom: byte limits are UTF-8 bytes, splitting happens at line boundaries.
import { describe, expect, it } from 'vitest';
import { splitByBytes, truncateBytes, utf8Bytes } from '../../adapters/wecom/render/byte-limit.js';
import { WECOM_LIMITS } from '../../adapters/wecom/render/limits.js';
import { renderMarkdown } from '../../adapters/wecom/render/render-markdown.js';
import { markdownParts, textParts } from '../../adapters/wecom/render/render-reply.js';
import { renderTemplateCard } from '../../adapters/wecom/render/render-template-card.js';
import { actionReply, longReply, shortReply } from './sample-replies.js';

describe('splitByBytes', () => {
  it('packs whole lines up to the limit and never exceeds it', () => {
    const text = Array.from({ length: 100 }, (_, i) => `第${i}行：中文内容`).join('\n');
    const parts = splitByBytes(text, 200);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(utf8Bytes(p)).toBeLessThanOrEqual(200);
    expect(parts.join('\n')).toBe(text);
  });

  it('cuts a single over-long line at character boundaries (no broken UTF-8)', () => {
    const parts = splitByBytes('证'.repeat(1000), 100);
    for (const p of parts) {
      expect(utf8Bytes(p)).toBeLessThanOrEqual(100);
      expect(p).toMatch(/^证+$/);
    }
    expect(parts.join('')).toBe('证'.repeat(1000));
  });

  it('truncates to a byte budget with an ellipsis', () => {
    const cut = truncateBytes('案'.repeat(1000), 2048);
    expect(utf8Bytes(cut)).toBeLessThanOrEqual(2048);
    expect(cut.endsWith('…')).toBe(true);
    expect(truncateBytes('短', 2048)).toBe('短');
  });
});

describe('renderMarkdown', () => {
  it('renders title, flagged items in WeCom colours, notes as quotes, citations and the unverified note', () => {
    const md = renderMarkdown(shortReply);
    expect(md.split('\n')).toEqual([
      '### 非法营运（黑车）所需证据',
      '共 3 项',
      '',
      '**必备证据**',
      '<font color="info">✓</font> 询问笔录',
      '<font color="warning">✗</font> 车辆行驶证复印件',
      '> 须与现场车辆核对',
      '',
      '<font color="comment">法律依据：《中华人民共和国道路运输条例》第六十三条（待核实）</font>',
      '<font color="warning">注：标“待核实”的内容尚未与官方文本核对，请以正式文本为准。</font>',
    ]);
  });

  it('splits a long reply into robot parts ≤ 4096 bytes and app parts ≤ 2048 bytes', () => {
    const robot = markdownParts(longReply, WECOM_LIMITS.robotMarkdownBytes).parts;
    const app = markdownParts(longReply, WECOM_LIMITS.appMarkdownBytes).parts;
    expect(utf8Bytes(renderMarkdown(longReply))).toBeGreaterThan(4096);
    expect(robot.length).toBeGreaterThan(1);
    expect(app.length).toBeGreaterThan(robot.length);
    for (const p of robot) expect(utf8Bytes(p)).toBeLessThanOrEqual(4096);
    for (const p of app) expect(utf8Bytes(p)).toBeLessThanOrEqual(2048);
    expect(robot.join('\n')).toContain('第 40 项');
  });

  it('text parts stay within 2048 bytes', () => {
    for (const p of textParts(longReply, WECOM_LIMITS.robotTextBytes).parts) expect(utf8Bytes(p)).toBeLessThanOrEqual(2048);
  });
});

describe('renderTemplateCard', () => {
  it('makes a button_interaction card whose button keys are the action values', () => {
    expect(renderTemplateCard(actionReply, 'task-1')).toEqual({
      card_type: 'button_interaction',
      source: { desc: 'casebot' },
      main_title: { title: '执法监督工作提示单 N-12' },
      sub_title_text: '请于 3 个工作日内整改',
      task_id: 'task-1',
      button_list: [{ text: '收到', key: '收到 N-12' }, { text: '已整改', key: '已整改 N-12' }],
    });
  });

  it('keeps at most six buttons and shortens long titles', () => {
    const many = { ...actionReply, title: '题'.repeat(80), actions: Array.from({ length: 9 }, (_, i) => ({ id: `a${i}`, label: `按钮${i}`, value: `v${i}` })) };
    const card = renderTemplateCard(many, 't');
    expect(card.button_list).toHaveLength(6);
    expect(Array.from(card.main_title.title)).toHaveLength(36);
  });
});
