// casebot web console. Every text from the server or the user goes into the page through
// textContent, never innerHTML, so a message such as <img onerror=…> shows as text.
/* global document, window, fetch, localStorage, crypto, URLSearchParams, setInterval, setTimeout */
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
const inbox = document.getElementById('inbox');
const inboxList = document.getElementById('inbox-list');
const inboxBadge = document.getElementById('inbox-badge');
const inboxStatus = document.getElementById('inbox-status');

// The inbox is polled: the console has no push channel (reminders wait as sent deliveries).
const INBOX_POLL_MS = 30000;
// A reminder for a case registered inside a warning window is delivered a moment after the answer.
const INBOX_AFTER_SEND_MS = 1500;

/**
 * `?user=zhangsan` makes this browser the console user the directory knows (`ids: { console: zhangsan }`),
 * so their reminders show here; the choice is remembered.
 */
function adoptUserFromUrl() {
  const requested = new URLSearchParams(window.location.search).get('user');
  if (requested && requested.length <= 64) localStorage.setItem('casebot.userId', requested);
}

/** A stable id per browser (anonymous unless chosen with ?user=), so follow-up questions belong to one conversation. */
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
    setTimeout(() => void refreshInbox(), INBOX_AFTER_SEND_MS);
  }
}

// ─── Reminder inbox ─────────────────────────────────────────────────────────────────────────
let inboxItems = [];
let inboxShown = '';
let inboxLoading = false;

function seenKey() {
  return `casebot.inboxSeen.${userId()}`;
}

function pad(n) {
  return String(n).padStart(2, '0');
}

/** Local wall-clock time, YYYY-MM-DD HH:mm. */
function formatTime(iso) {
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function renderInboxItem(item) {
  const li = el('li', 'inbox-item');
  li.dataset.sentAt = item.sentAt;
  const time = el('time', '', formatTime(item.sentAt));
  time.dateTime = item.sentAt;
  li.append(time, renderReply(item.reply));
  return li;
}

/** Unread = sent after the newest item seen with the panel open; the badge counts them. */
function markUnread() {
  const seen = localStorage.getItem(seenKey()) || '';
  let unread = 0;
  for (const li of inboxList.children) {
    const isNew = li.dataset.sentAt > seen;
    li.classList.toggle('unread', isNew);
    if (isNew) unread += 1;
  }
  if (inbox.open && inboxItems.length) {
    localStorage.setItem(seenKey(), inboxItems[0].sentAt);
    unread = 0;
  }
  inboxBadge.hidden = unread === 0;
  inboxBadge.textContent = unread ? `${unread} 条未读` : '';
}

/** Rebuilds the list only when its items changed, so polling does not disturb reading or scrolling. */
function renderInbox() {
  const shown = inboxItems.map((i) => i.id).join(',');
  if (shown !== inboxShown) {
    inboxList.replaceChildren(...inboxItems.map(renderInboxItem));
    inboxShown = shown;
  }
  inboxStatus.textContent = inboxItems.length ? '' : '暂无提醒';
  markUnread();
}

async function refreshInbox() {
  if (inboxLoading) return;
  inboxLoading = true;
  try {
    const response = await fetch(`/api/console/inbox?userId=${encodeURIComponent(userId())}`, { cache: 'no-store' });
    const body = await response.json();
    if (!response.ok) {
      inboxStatus.textContent = `提醒暂不可用（${response.status}）：${body.message || body.error}`;
      return;
    }
    inboxItems = body.items;
    renderInbox();
  } catch (err) {
    inboxStatus.textContent = `提醒暂不可用：${err && err.message ? err.message : err}`;
  } finally {
    inboxLoading = false;
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

// Action and example buttons send their value as if typed (a reminder's 收到 button too).
function sendButtonValue(event) {
  const button = event.target.closest('button[data-value]');
  if (button && !sendButton.disabled) void send(button.dataset.value);
}
log.addEventListener('click', sendButtonValue);
inboxList.addEventListener('click', sendButtonValue);

// Opening the panel marks what it shows as read.
inbox.addEventListener('toggle', markUnread);

adoptUserFromUrl();
document.getElementById('inbox-user').textContent = `用户 ${userId()}`;
void refreshInbox();
setInterval(() => void refreshInbox(), INBOX_POLL_MS);

window.casebotReady = true;
