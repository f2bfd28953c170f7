// casebot web console. Every text from the server or the user goes into the page through
// textContent, never innerHTML, so a message such as <img onerror=…> shows as text.
/* global document, window, fetch, localStorage, crypto */
'use strict';

const FLAG_LABEL = {
  zh: { ok: '已满足', missing: '缺失', conditional: '视情形', unverified: '待核实', warning: '注意', overdue: '超期', due: '到期', upcoming: '未到期', veto: '否决项', deduction: '扣分项' },
  en: { ok: 'ok', missing: 'missing', conditional: 'if applicable', unverified: '待核实 unverified', warning: 'check', overdue: 'overdue', due: 'due', upcoming: 'upcoming', veto: 'veto', deduction: 'deduction' },
};
const LABELS = {
  zh: { basis: '法律依据', unverified: '标“待核实”的内容尚未与官方文本核对，请以正式文本为准。' },
  en: { basis: 'Legal basis', unverified: 'Items marked 待核实 (unverified) are not yet checked against the official text.' },
};

const log = document.getElementById('log');
const form = document.getElementById('composer');
const input = document.getElementById('input');
const sendButton = document.getElementById('send');

/** A stable anonymous id per browser, so follow-up questions belong to one conversation. */
function userId() {
  let id = localStorage.getItem('casebot.userId');
  if (!id) {
    id = `web-${crypto.randomUUID().slice(0, 8)}`;
    localStorage.setItem('casebot.userId', id);
  }
  return id;
}

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function flagTag(flag, locale) {
  return el('span', `flag flag-${flag}`, (FLAG_LABEL[locale] || FLAG_LABEL.zh)[flag] || flag);
}

function citationText(c) {
  return `《${c.law}》${c.article || ''}${c.clause || ''}`;
}

function renderItem(item, locale) {
  const li = el('li');
  if (item.flag) li.append(flagTag(item.flag, locale));
  li.append(el('span', 'item-text', item.text));
  if (item.note) li.append(el('div', 'note', item.note));
  return li;
}

function renderCitations(reply, labels) {
  const section = el('section', 'citations');
  section.append(el('h3', '', labels.basis));
  const list = el('ol');
  for (const c of reply.citations) {
    const li = el('li', '', citationText(c));
    if (!c.verified) li.append(' ', flagTag('unverified', reply.locale));
    if (c.note) li.append(el('div', 'note', c.note));
    list.append(li);
  }
  section.append(list);
  return section;
}

function renderActions(actions) {
  const box = el('div', 'actions');
  for (const a of actions) {
    const button = el('button', `action${a.style ? ` action-${a.style}` : ''}`, a.label);
    button.type = 'button';
    button.dataset.value = a.value;
    box.append(button);
  }
  return box;
}

/** One neutral Reply as DOM: title, summary, sections with flags, citations, 待核实 note, buttons. */
function renderReply(reply) {
  const labels = LABELS[reply.locale] || LABELS.zh;
  const article = el('article', `reply reply-${reply.kind}`);
  article.lang = reply.locale === 'en' ? 'en' : 'zh-CN';
  article.append(el('h2', '', reply.title));
  if (reply.summary) article.append(el('p', 'summary', reply.summary));
  for (const section of reply.sections) {
    const box = el('section');
    box.append(el('h3', '', section.heading));
    const list = el('ul');
    for (const item of section.items) list.append(renderItem(item, reply.locale));
    box.append(list);
    article.append(box);
  }
  if (reply.citations.length) article.append(renderCitations(reply, labels));
  if (reply.unverified) article.append(el('p', 'unverified-note', labels.unverified));
  if (reply.actions && reply.actions.length) article.append(renderActions(reply.actions));
  return article;
}

function addMessage(className, child) {
  const box = el('div', `msg ${className}`);
  if (typeof child === 'string') box.textContent = child;
  else box.append(child);
  log.append(box);
  box.scrollIntoView({ block: 'end' });
  return box;
}

async function send(text) {
  addMessage('msg-user', text);
  const pending = addMessage('msg-bot msg-pending', '正在查询…');
  sendButton.disabled = true;
  try {
    const response = await fetch('/api/console/messages', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId: userId(), text }),
    });
    const body = await response.json();
    pending.remove();
    if (!response.ok) {
      addMessage('msg-error', `请求未成功（${response.status}）：${body.message || body.error}`);
      return;
    }
    for (const r of body.replies) addMessage('msg-bot', renderReply(r.reply));
  } catch (err) {
    pending.remove();
    addMessage('msg-error', `无法连接服务器：${err && err.message ? err.message : err}`);
  } finally {
    sendButton.disabled = false;
    input.focus();
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const text = input.value.trim();
  if (!text || sendButton.disabled) return;
  input.value = '';
  void send(text);
});

input.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    form.requestSubmit();
  }
});

// Action and example buttons send their value as if typed.
log.addEventListener('click', (event) => {
  const button = event.target.closest('button[data-value]');
  if (button && !sendButton.disabled) void send(button.dataset.value);
});

window.casebotReady = true;
