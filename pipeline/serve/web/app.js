// The caseworker's desk: cases, review beside the source page, audit. No libraries; every
// text from a plan goes into the page as text, never as HTML.
'use strict';

const SECTIONS = [
  ['A', 'A. Views, interests and aspirations'], ['B', 'B. Special educational needs'],
  ['C', 'C. Health needs related to special educational needs'], ['D', 'D. Social care needs'],
  ['E', 'E. Outcomes'], ['F', 'F. Special educational provision'], ['G', 'G. Health provision'],
  ['H1', 'H1. Social care provision under section 2 of the CSDPA 1970'],
  ['H2', 'H2. Other social care provision'], ['I', 'I. Placement'], ['J', 'J. Personal budget'],
  ['K', 'K. Advice and information'],
];
const FLAG_CHOICES = ['fixed', 'accepted with reason', 'ask the author', 'not an issue'];
const CONFLICT_CHOICES = ['include both', 'prefer one with reason', 'ask the authors'];

function h(tag, attrs, ...kids) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === false || v === null || v === undefined) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'class') el.className = v;
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const k of kids.flat()) {
    if (k === null || k === undefined || k === false) continue;
    el.append(k instanceof Node ? k : document.createTextNode(String(k)));
  }
  return el;
}

function say(text) { document.getElementById('status').textContent = text; }

async function api(path, opts = {}) {
  const o = { credentials: 'same-origin', ...opts };
  if (o.method === 'POST') o.headers = { 'X-Ehcp-Desk': '1', ...(o.headers || {}) };
  const r = await fetch(path, o);
  const type = r.headers.get('Content-Type') || '';
  const body = type.includes('json') ? await r.json() : await r.text();
  if (!r.ok) throw new Error((body && body.error) || ('The desk answered ' + r.status));
  return body;
}

function show(title, ...content) {
  const main = document.getElementById('main');
  main.replaceChildren(h('h1', {}, title), ...content);
  document.title = title + ' – ehcp desk';
  for (const a of document.querySelectorAll('.top nav a')) {
    const here = (location.hash || '#/') === a.getAttribute('href') ||
      (a.id === 'nav-cases' && location.hash.startsWith('#/case/'));
    if (here) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
  }
}

// ---- Cases -------------------------------------------------------------------------------

function stateOf(c) {
  if (c.job === 'running') return ['Drafting…', 'warn'];
  if (c.job === 'failed') return ['Draft failed', 'bad'];
  if (!c.drafted) return ['Not drafted', ''];
  if (c.reviewed) return ['Reviewed', 'ok'];
  return [`Drafted: ${c.decided} of ${c.statements} statements decided`, ''];
}

async function casesView() {
  const cases = await api('/api/cases');
  const rows = cases.map((c) => {
    const [label, cls] = stateOf(c);
    return h('tr', {},
      h('th', { scope: 'row' }, c.drafted ? h('a', { href: '#/case/' + c.id }, c.id) : c.id),
      h('td', {}, c.child || ''),
      h('td', {}, String(c.files.length)),
      h('td', {}, h('span', { class: 'state ' + cls }, label)),
      h('td', {}, c.drafted ? String(c.flags_open) : ''),
      h('td', {}, c.files.length ? h('button', {
        type: 'button', 'data-draft': c.id, onclick: () => draft(c.id),
        'aria-label': (c.drafted ? 'Redraft ' : 'Draft ') + c.id,
      }, c.drafted ? 'Redraft' : 'Draft') : ''));
  });
  const table = cases.length
    ? h('table', {}, h('caption', { class: 'sr-only' }, 'Cases in the work folder'),
      h('thead', {}, h('tr', {}, ['Case', 'Child', 'Files', 'State', 'Flags open', 'Draft']
        .map((t) => h('th', { scope: 'col' }, t)))), h('tbody', {}, rows))
    : h('p', {}, 'No cases yet. Add one below.');
  const progress = h('div', { class: 'progress', id: 'draft-progress', hidden: true },
    h('label', { for: 'draft-bar' }, 'Drafting'), h('progress', { id: 'draft-bar', max: 1, value: 0 }),
    h('span', { id: 'draft-text' }));
  show('Cases', table, progress, uploadForm());
}

function uploadForm() {
  const files = h('input', { type: 'file', id: 'files', name: 'files', multiple: true,
    accept: '.pdf,.docx,.txt,.md,.jpg,.jpeg,.png,.tif,.tiff,.json', 'aria-describedby': 'files-hint' });
  const name = h('input', { type: 'text', id: 'case-name', name: 'case', autocomplete: 'off',
    'aria-describedby': 'name-hint', required: true });
  const drop = h('div', { class: 'drop' },
    h('label', { for: 'files' }, 'Advice files'), files,
    h('p', { class: 'hint', id: 'files-hint' },
      'PDF, Word, text or scanned images; you can also drop files here. Add case.json for the child\'s name.'));
  let dropped = null;
  drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('over'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault(); drop.classList.remove('over');
    dropped = e.dataTransfer.files; say(dropped.length + ' file(s) ready to add');
  });
  const form = h('form', { id: 'upload', onsubmit: async (e) => {
    e.preventDefault();
    const fd = new FormData();
    fd.append('case', name.value);
    for (const f of (dropped && dropped.length ? dropped : files.files)) fd.append('files', f, f.name);
    try {
      say('Adding the case…');
      const r = await api('/api/cases', { method: 'POST', body: fd });
      say(`Added case ${r.id} with ${r.files} file(s).`);
      await casesView();
    } catch (err) { say('Could not add the case: ' + err.message); }
  } },
  h('h2', {}, 'Add a case'),
  h('label', { for: 'case-name' }, 'Case name'),
  h('p', { class: 'hint', id: 'name-hint' }, 'For example the child\'s initials and a number: letters, digits and hyphens.'),
  name, drop, h('button', { type: 'submit', class: 'primary' }, 'Add case'));
  return form;
}

async function draft(id) {
  try {
    await api(`/api/cases/${id}/draft`, { method: 'POST' });
  } catch (err) { say('Could not start the draft: ' + err.message); return; }
  const box = document.getElementById('draft-progress');
  if (box) box.hidden = false;
  say('Drafting ' + id + '…');
  for (;;) {
    const s = await api(`/api/cases/${id}/status`);
    const bar = document.getElementById('draft-bar');
    if (bar) {
      bar.max = Math.max(1, s.documents_total); bar.value = s.documents_done;
      document.getElementById('draft-text').textContent =
        `${id}: ${s.documents_done} of ${s.documents_total} documents read`;
    }
    if (s.state !== 'running') {
      say(s.state === 'done' ? `Drafted ${id}.` + (s.message ? ' ' + s.message : '')
        : `The draft of ${id} failed: ${s.message}`);
      if (location.hash === '' || location.hash === '#/') await casesView();
      return s.state;
    }
    await new Promise((r) => setTimeout(r, 400));
  }
}

// ---- Review ------------------------------------------------------------------------------

let review = null;  // {id, plan, current}

async function reviewView(id, keep) {
  const plan = await api(`/api/cases/${id}/plan`);
  const same = review && review.id === id;
  review = { id, plan, current: keep || (same ? review.current : null),
    sourceId: same ? review.sourceId : null };
  const docs = Object.fromEntries(plan.documents.map((d) => [d.id, d]));
  const flags = Object.fromEntries(plan.flags.map((f) => [f.id, f]));
  const list = h('div', { class: 'statements' });
  const shown = plan.statements.filter((s) => s.section !== '-' || s.decision);
  for (const [sec, title] of SECTIONS) {
    const items = shown.filter((s) => s.section === sec);
    if (!items.length) continue;
    list.append(h('section', { 'aria-labelledby': 'sec-' + sec },
      h('h2', { id: 'sec-' + sec }, title), items.map((s) => statementCard(s, docs, flags))));
  }
  if (plan.conflicts && plan.conflicts.length) {
    list.append(h('section', { 'aria-labelledby': 'sec-conflicts' },
      h('h2', { id: 'sec-conflicts' }, 'Advice that disagrees'),
      plan.conflicts.map((c) => conflictCard(c))));
  }
  const source = h('aside', { class: 'source', 'aria-labelledby': 'source-title' },
    h('h2', { id: 'source-title' }, 'Source'),
    h('div', { id: 'source-body' }, h('p', {}, 'Choose "Show source" on a statement to see it in its advice.')));
  const name = plan.child && plan.child.name ? ` (${plan.child.name})` : '';
  const decided = shown.filter((s) => s.decision).length;
  const toolbar = h('div', { class: 'toolbar' },
    h('a', { class: 'button', href: `/api/cases/${id}/download/draft-plan.docx`, id: 'download-docx' }, 'Download Word draft'),
    h('a', { class: 'button', href: `/api/cases/${id}/download/review.xlsx`, id: 'download-xlsx' }, 'Download review workbook'),
    h('span', {}, `${decided} of ${shown.length} statements decided; ${plan.flags.filter(open).length} flags open`));
  show('Review ' + id + name, toolbar,
    h('p', { class: 'hint' }, 'Keys: J and K move between statements, A accepts, E edits, R rejects, S shows the source. Decisions are saved as you make them.'),
    h('div', { class: 'review' }, list, source));
  if (review.current) {
    const el = document.getElementById('st-' + review.current);
    if (el) { el.classList.add('current'); el.focus({ preventScroll: false }); }
  }
  // The source shown before a decision stays in view.
  if (review.sourceId) await showSource(review.sourceId, true);
}

function open(f) { return !f.resolution || f.resolution === 'ask the author'; }

function statementCard(s, docs, flags) {
  const d = docs[s.source.document] || { file: '?' };
  const where = d.format === 'pdf' || d.pages > 1 ? `${d.file}, page ${s.source.page}` : d.file;
  const card = h('article', { class: 'stmt' + (s.decision === 'reject' ? ' rejected' : ''),
    id: 'st-' + s.id, tabindex: 0, 'data-id': s.id, 'aria-labelledby': 'st-text-' + s.id,
    onfocus: () => { review.current = s.id; markCurrent(s.id); } },
  h('p', { class: 'text', id: 'st-text-' + s.id }, s.text),
  h('p', { class: 'meta' }, `${s.id} · from ${where}`,
    s.decision ? [' · ', h('span', { class: 'badge' }, decisionLabel(s.decision))] : ''),
  h('div', { class: 'actions', role: 'group', 'aria-label': 'Decide on ' + s.id },
    h('button', { type: 'button', onclick: () => decide(s.id, { decision: 'accept' }) }, 'Accept'),
    h('button', { type: 'button', onclick: () => editor(s, card) }, 'Edit'),
    h('button', { type: 'button', onclick: () => mover(s, card) }, 'Move'),
    h('button', { type: 'button', onclick: () => decide(s.id, { decision: 'reject' }) }, 'Reject'),
    s.decision ? h('button', { type: 'button', onclick: () => decide(s.id, { decision: '' }) }, 'Undo decision') : '',
    h('button', { type: 'button', onclick: () => showSource(s.id) }, 'Show source')),
  (s.flags || []).map((fid) => flags[fid]).filter(Boolean).map((f) => flagBox(f, s.id)));
  return card;
}

function decisionLabel(d) {
  return { accept: 'Accepted', edit: 'Edited', move: 'Moved', reject: 'Rejected' }[d] || d;
}

function flagBox(f, sid) {
  const sel = h('select', { id: `fl-${sid}-${f.id}` },
    h('option', { value: '' }, 'Open'), FLAG_CHOICES.map((c) =>
      h('option', { value: c, selected: f.resolution === c }, c)));
  const note = h('input', { type: 'text', id: `fln-${sid}-${f.id}`, value: f.resolution_note || '' });
  return h('div', { class: 'flag ' + f.severity, role: 'group', 'aria-label': 'Flag ' + f.id },
    h('p', {}, h('strong', {}, f.severity === 'block' ? 'Must fix: ' : f.severity === 'warn' ? 'Warning: ' : 'Note: '), f.message),
    f.resolution ? h('p', { class: 'resolved' }, h('strong', {}, 'Resolved: '), f.resolution,
      f.resolution_note ? ` (${f.resolution_note})` : '') : '',
    h('label', { for: sel.id }, 'Resolution of ' + f.id), sel,
    h('label', { for: note.id }, 'Note'), note, ' ',
    h('button', { type: 'button', onclick: () =>
      decideOther('flag', f.id, { resolution: sel.value, note: note.value }, sid) }, 'Save resolution'));
}

function conflictCard(c) {
  const sel = h('select', { id: 'cf-' + c.id },
    h('option', { value: '' }, 'Not decided'), CONFLICT_CHOICES.map((x) =>
      h('option', { value: x, selected: c.decision === x }, x)));
  const note = h('input', { type: 'text', id: 'cfn-' + c.id, value: c.decision_note || '' });
  return h('div', { class: 'flag', role: 'group', 'aria-label': 'Conflict ' + c.id },
    h('p', {}, c.summary),
    h('label', { for: sel.id }, 'Decision on ' + c.id), sel,
    h('label', { for: note.id }, 'Reason'), note, ' ',
    h('button', { type: 'button', onclick: () =>
      decideOther('conflict', c.id, { decision: sel.value, note: note.value }) }, 'Save decision'));
}

function editor(s, card) {
  if (card.querySelector('.editor')) return;
  const ta = h('textarea', { id: 'edit-' + s.id }, s.text);
  const box = h('div', { class: 'editor' },
    h('label', { for: ta.id }, 'Edited text of ' + s.id), ta,
    h('button', { type: 'button', class: 'primary', onclick: () =>
      decide(s.id, { decision: 'edit', edited_text: ta.value }) }, 'Save edit'), ' ',
    h('button', { type: 'button', onclick: () => box.remove() }, 'Cancel'));
  card.append(box);
  ta.focus();
}

function mover(s, card) {
  if (card.querySelector('.editor')) return;
  const sel = h('select', { id: 'move-' + s.id },
    SECTIONS.map(([id, t]) => h('option', { value: id, selected: id === s.section }, t)));
  const box = h('div', { class: 'editor' },
    h('label', { for: sel.id }, 'Move ' + s.id + ' to section'), sel, ' ',
    h('button', { type: 'button', class: 'primary', onclick: () =>
      decide(s.id, { decision: 'move', move_to: sel.value }) }, 'Save move'), ' ',
    h('button', { type: 'button', onclick: () => box.remove() }, 'Cancel'));
  card.append(box);
  sel.focus();
}

async function decide(sid, d) {
  await decideOther('statement', sid, d, sid);
}

async function decideOther(kind, id, d, focusId) {
  try {
    const r = await api(`/api/cases/${review.id}/decision`, { method: 'POST',
      headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ kind, id, ...d }) });
    say(`Saved ${id}.` + (r.problems.length ? ' ' + r.problems.join(' ') : ''));
    await reviewView(review.id, focusId || review.current);
  } catch (err) { say('Not saved: ' + err.message); }
}

function markCurrent(id) {
  for (const el of document.querySelectorAll('.stmt.current')) el.classList.remove('current');
  const el = document.getElementById('st-' + id);
  if (el) el.classList.add('current');
}

async function showSource(sid, quiet) {
  review.sourceId = sid;
  const body = document.getElementById('source-body');
  const title = document.getElementById('source-title');
  let src;
  try { src = await api(`/api/cases/${review.id}/source?statement=${encodeURIComponent(sid)}`); }
  catch (err) { body.replaceChildren(h('p', {}, err.message)); return; }
  title.textContent = src.kind === 'text' ? `Source: ${src.file}` : `Source: ${src.file}, page ${src.page} of ${src.pages}`;
  const parts = [];
  if (src.kind === 'page' || src.kind === 'image') {
    const img = h('img', { src: src.image, id: 'page-image',
      alt: `Page ${src.page} of ${src.file}, with the words of ${sid} marked` });
    const page = h('div', { class: 'page', 'data-statement': sid }, img);
    for (const [x0, y0, x1, y1] of src.boxes || []) {
      page.append(h('div', { class: 'hl', 'aria-hidden': 'true',
        style: `left:${x0 * 100}%;top:${y0 * 100}%;width:${(x1 - x0) * 100}%;height:${(y1 - y0) * 100}%` }));
    }
    parts.push(page);
    if (src.kind === 'image') parts.push(h('p', {}, 'The statement: ', h('mark', {}, src.text)));
  } else {
    parts.push(h('p', { class: 'srctext' }, src.before, h('mark', {}, src.text), src.after));
  }
  if (src.note) parts.push(h('p', { class: 'hint' }, src.note));
  body.replaceChildren(...parts);
  if (!quiet) say(`Showing the source of ${sid}.`);
}

// ---- Audit -------------------------------------------------------------------------------

function auditView() {
  show('Audit', h('p', {}, 'The quality lead\'s audit of every drafted case in this work folder (as ',
    h('code', {}, 'ehcp audit'), ' writes it). It is made again each time this page opens.'),
  h('p', {}, h('a', { href: '/audit.html', target: '_blank' }, 'Open the audit on its own page')),
  h('iframe', { class: 'audit', src: '/audit.html', title: 'Audit of the work folder' }));
}

// ---- Routing and keys --------------------------------------------------------------------

async function route() {
  const hash = location.hash || '#/';
  try {
    if (hash.startsWith('#/case/')) await reviewView(decodeURIComponent(hash.slice(7)));
    else if (hash === '#/audit') auditView();
    else await casesView();
  } catch (err) { show('Something went wrong', h('p', {}, err.message)); }
  document.getElementById('main').focus({ preventScroll: true });
}

document.addEventListener('keydown', (e) => {
  if (!review || !location.hash.startsWith('#/case/')) return;
  const t = e.target;
  if (t.closest && t.closest('input,textarea,select')) return;
  if (e.ctrlKey || e.metaKey || e.altKey) return;
  const cards = [...document.querySelectorAll('.stmt')];
  const i = cards.findIndex((c) => c.dataset.id === review.current);
  const k = e.key.toLowerCase();
  if (k === 'j' || k === 'k') {
    const next = cards[Math.min(cards.length - 1, Math.max(0, i + (k === 'j' ? 1 : -1)))];
    if (next) next.focus();
    e.preventDefault();
  } else if (i >= 0 && t.classList && t.classList.contains('stmt')) {
    const id = review.current;
    if (k === 'a') decide(id, { decision: 'accept' });
    else if (k === 'r') decide(id, { decision: 'reject' });
    else if (k === 's') showSource(id);
    else if (k === 'e') cards[i].querySelector('.actions button:nth-child(2)').click();
    else return;
    e.preventDefault();
  }
});

window.addEventListener('hashchange', route);
route();
