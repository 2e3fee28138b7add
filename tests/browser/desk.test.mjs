// The caseworker's desk in a real headless Chromium (Debian's): upload a sample case, draft it,
// review it beside its source page, decide, download, audit; the highlight checked against the
// word boxes pdftotext gives; a load test of 50 parallel requests over two cases; the security
// checks. Screenshots of each step go to EHCP_SCREENSHOT_DIR.
//   EHCP_BINARY=build/ehcp node --test tests/browser/desk.test.mjs
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const binary = process.env.EHCP_BINARY || path.join(root, 'build/ehcp');
const shots = process.env.EHCP_SCREENSHOT_DIR || path.join(path.dirname(binary), 'desk-screenshots');
const sample = path.join(root, 'samples/jayden-pryce');
const EDITED = 'Jayden will have a quiet, named space to go to when the classroom is too loud (edited on the desk).';

let server, url, origin, token, workdir, browser, page;

function shot(name) {
  return page.screenshot({ path: path.join(shots, name + '.png'), fullPage: false });
}

function request(pathname, { method = 'GET', headers = {}, body } = {}) {
  return new Promise((resolve, reject) => {
    const u = new URL(pathname, origin);
    const req = http.request(u, { method, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    if (body) req.write(body);
    req.end();
  });
}
const authed = (p, o = {}) => request(p, { ...o, headers: { Cookie: 'ehcp_token=' + token, ...(o.headers || {}) } });

before(async () => {
  fs.mkdirSync(shots, { recursive: true });
  workdir = fs.mkdtempSync(path.join(os.tmpdir(), 'ehcp-desk-'));
  server = spawn(binary, ['serve', workdir, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, OMP_THREAD_LIMIT: '1' } });
  url = await new Promise((resolve, reject) => {
    let out = '';
    server.stdout.on('data', (d) => {
      out += d;
      const line = out.split('\n')[0];
      if (out.includes('\n')) resolve(line.trim());
    });
    server.on('exit', (code) => reject(new Error('ehcp serve ended with ' + code)));
  });
  assert.match(url, /^http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{64}$/);
  origin = new URL(url).origin;
  token = new URL(url).searchParams.get('token');
  browser = await chromium.launch({
    executablePath: process.env.EHCP_CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  page = await context.newPage();
});

after(async () => {
  if (browser) await browser.close();
  if (server) server.kill('SIGTERM');
  if (workdir) fs.rmSync(workdir, { recursive: true, force: true });
});

test('refuses requests without the token, from other hosts and cross-site posts', async () => {
  assert.equal((await request('/api/cases')).status, 401);
  assert.equal((await request('/?token=' + 'f'.repeat(64))).status, 401);
  assert.equal((await authed('/api/cases', { headers: { Host: 'attacker.example' } })).status, 403);
  assert.equal((await authed('/api/cases', { headers: { Origin: 'http://attacker.example' } })).status, 403);
  // A form posted from another site: no page header, foreign origin.
  const form = await authed('/api/cases/x/draft', { method: 'POST', body: 'a=1',
    headers: { Origin: 'http://attacker.example', 'Content-Type': 'application/x-www-form-urlencoded' } });
  assert.equal(form.status, 403);
  const noHeader = await authed('/api/cases/x/draft', { method: 'POST', body: '',
    headers: { 'Content-Length': '0' } });
  assert.equal(noHeader.status, 403);
});

test('a caseworker adds, drafts and reviews a case, and the Word draft changes', async () => {
  // The token is swapped for a cookie and dropped from the address.
  await page.goto(url);
  assert.equal(new URL(page.url()).search, '');
  await page.getByRole('heading', { name: 'Cases' }).waitFor();
  await shot('01-cases-empty');

  await page.getByLabel('Case name').fill('jayden');
  const files = fs.readdirSync(sample).map((f) => path.join(sample, f));
  await page.getByLabel('Advice files').setInputFiles(files);
  await page.getByRole('button', { name: 'Add case' }).click();
  await page.getByRole('button', { name: 'Draft jayden' }).waitFor();
  await shot('02-case-added');

  await page.getByRole('button', { name: 'Draft jayden' }).click();
  await page.locator('#draft-progress').waitFor();
  await shot('03-drafting');
  await page.locator('#status', { hasText: 'Drafted jayden.' }).waitFor({ timeout: 30000 });
  await page.getByRole('link', { name: 'jayden' }).waitFor();
  await shot('04-drafted');

  await page.getByRole('link', { name: 'jayden' }).click();
  await page.getByRole('heading', { name: /^Review jayden/ }).waitFor();
  const plan = await (await authed('/api/cases/jayden/plan')).body.toString();
  const p = JSON.parse(plan);
  const docs = Object.fromEntries(p.documents.map((d) => [d.id, d]));
  const inDraft = p.statements.filter((s) => s.section !== '-');
  // A statement from a PDF, long enough to span words across a line.
  const fromPdf = inDraft.find((s) => docs[s.source.document].format === 'pdf' && s.text.split(' ').length >= 8);
  assert.ok(fromPdf, 'the sample has a statement from a PDF');

  // --- The source page with the statement's words marked --------------------------------
  const card = page.locator('#st-' + fromPdf.id);
  await card.getByRole('button', { name: 'Show source' }).click();
  const img = page.locator('#page-image');
  await img.waitFor();
  // (Polled from here: the page's policy forbids the evaluated strings waitForFunction uses.)
  for (let i = 0; i < 200 && !(await img.evaluate((el) => el.complete && el.naturalWidth > 0)); i++) {
    await new Promise((r) => setTimeout(r, 50));
  }
  const boxes = page.locator('.page .hl');
  assert.ok((await boxes.count()) >= 1, 'the statement is marked on its page');
  await card.scrollIntoViewIfNeeded();
  await shot('05-review-source-page');

  // Independent word boxes: pdftotext's, in points, for the statement's page.
  const doc = docs[fromPdf.source.document];
  const xhtml = execFileSync('pdftotext', ['-bbox', '-f', String(fromPdf.source.page), '-l',
    String(fromPdf.source.page), path.join(workdir, 'cases/jayden', doc.file), '-'], { encoding: 'utf8' });
  const pw = Number(/<page width="([\d.]+)"/.exec(xhtml)[1]);
  const ph = Number(/<page width="[\d.]+" height="([\d.]+)"/.exec(xhtml)[1]);
  const words = [...xhtml.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)]
    .map((m) => ({ x0: +m[1] / pw, y0: +m[2] / ph, x1: +m[3] / pw, y1: +m[4] / ph,
      key: m[5].replace(/&amp;/g, '&').replace(/&#39;/g, "'").toLowerCase().replace(/[^a-z0-9]/g, '') }));
  const want = fromPdf.text.split(/\s+/).map((w) => w.toLowerCase().replace(/[^a-z0-9]/g, '')).filter(Boolean);
  // Where the statement's first three words follow each other on the page.
  let at = -1;
  for (let i = 0; i + 2 < words.length && at < 0; i++) {
    if (words[i].key === want[0] && words[i + 1].key === want[1] && words[i + 2].key === want[2]) at = i;
  }
  assert.ok(at >= 0, 'pdftotext finds the statement on its page');
  const statementWords = words.slice(at, at + want.length);
  const ib = await img.boundingBox();
  const rects = [];
  for (let i = 0; i < await boxes.count(); i++) {
    const b = await boxes.nth(i).boundingBox();
    rects.push({ x0: (b.x - ib.x) / ib.width, y0: (b.y - ib.y) / ib.height,
      x1: (b.x + b.width - ib.x) / ib.width, y1: (b.y + b.height - ib.y) / ib.height });
  }
  const inside = (w, r) => {
    const cx = (w.x0 + w.x1) / 2, cy = (w.y0 + w.y1) / 2;
    return cx >= r.x0 && cx <= r.x1 && cy >= r.y0 && cy <= r.y1;
  };
  for (const w of statementWords) {
    assert.ok(rects.some((r) => inside(w, r)), `the word '${w.key}' lies under a highlight`);
  }
  // And nothing else is marked: every marked rectangle holds only words of the statement
  // (a page word outside the statement must not have its centre inside one).
  const others = words.filter((w, i) => i < at || i >= at + want.length);
  for (const w of others) {
    assert.ok(!rects.some((r) => inside(w, r)), `the word '${w.key}' outside the statement is not marked`);
  }
  // The pixels agree: the highlight colour is drawn at the first word's position.
  const shotBuf = await page.screenshot({ clip: { x: ib.x + statementWords[0].x0 * ib.width,
    y: ib.y + statementWords[0].y0 * ib.height, width: 3, height: 3 } });
  assert.ok(shotBuf.length > 0);
  const sampleColour = await page.evaluate(({ x, y }) => {
    const el = [...document.querySelectorAll('.hl')].find((e) => {
      const r = e.getBoundingClientRect();
      return x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
    });
    return el ? getComputedStyle(el).backgroundColor : '';
  }, { x: ib.x + (statementWords[0].x0 + statementWords[0].x1) / 2 * ib.width,
    y: ib.y + (statementWords[0].y0 + statementWords[0].y1) / 2 * ib.height });
  assert.match(sampleColour, /rgba\(255, 200, 0/);

  // --- Reject one statement, edit another -----------------------------------------------
  const others2 = inDraft.filter((s) => s.id !== fromPdf.id);
  const toReject = others2[0];
  const toEdit = others2.find((s) => s.id !== toReject.id && s.section === 'F') || others2[1];
  await page.locator('#st-' + toReject.id).getByRole('button', { name: 'Reject' }).click();
  await page.locator('#st-' + toReject.id + ' .badge', { hasText: 'Rejected' }).waitFor();
  await shot('06-rejected');

  await page.locator('#st-' + toEdit.id).getByRole('button', { name: 'Edit' }).click();
  await page.getByLabel('Edited text of ' + toEdit.id).fill(EDITED);
  await page.getByRole('button', { name: 'Save edit' }).click();
  await page.locator('#st-text-' + toEdit.id, { hasText: EDITED }).waitFor();
  await shot('07-edited');

  // --- Resolve a flag with the workbook's choices ---------------------------------------
  const flagged = p.statements.find((s) => s.section !== '-' && s.flags.length && s.id !== toReject.id && s.id !== toEdit.id);
  assert.ok(flagged, 'the sample has a flagged statement');
  const fid = flagged.flags[0];
  await page.locator(`#fl-${flagged.id}-${fid}`).selectOption('not an issue');
  await page.locator(`#fln-${flagged.id}-${fid}`).fill('Checked with the SENCO');
  await page.locator(`#st-${flagged.id} [aria-label="Flag ${fid}"]`).getByRole('button', { name: 'Save resolution' }).click();
  await page.locator('#status', { hasText: `Saved ${fid}.` }).waitFor();
  // The list is drawn again after a save: retry while the old element is being replaced.
  for (let attempt = 0; ; attempt++) {
    try {
      await page.locator(`#st-${flagged.id}`).scrollIntoViewIfNeeded({ timeout: 3000 });
      break;
    } catch (e) {
      if (attempt >= 5) throw e;
      await page.waitForTimeout(200);
    }
  }
  await shot('08-flag-resolved');

  const after = JSON.parse((await authed('/api/cases/jayden/plan')).body.toString());
  assert.equal(after.statements.find((s) => s.id === toReject.id).decision, 'reject');
  assert.equal(after.statements.find((s) => s.id === toEdit.id).text, EDITED);
  assert.equal(after.flags.find((f) => f.id === fid).resolution, 'not an issue');
  const decisions = JSON.parse(fs.readFileSync(path.join(workdir, 'out/jayden/decisions.json'), 'utf8'));
  assert.equal(decisions.statements[toReject.id].decision, 'reject');
  assert.equal(decisions.flags[fid].note, 'Checked with the SENCO');

  // --- Keyboard: J moves to the next statement, A accepts it ----------------------------
  await page.locator('.stmt').first().focus();
  await page.keyboard.press('j');
  const focused = await page.evaluate(() => document.activeElement.dataset.id);
  assert.equal(focused, await page.locator('.stmt').nth(1).getAttribute('data-id'));
  await page.keyboard.press('a');
  await page.locator(`#st-${focused} .badge`, { hasText: 'Accepted' }).waitFor();

  // --- Downloads: the Word draft and the workbook hold the edit --------------------------
  const [dl] = await Promise.all([page.waitForEvent('download'), page.locator('#download-docx').click()]);
  const docx = path.join(shots, 'jayden-draft-plan.docx');
  await dl.saveAs(docx);
  const documentXml = execFileSync('unzip', ['-p', docx, 'word/document.xml'], { encoding: 'utf8' });
  assert.ok(documentXml.includes('quiet, named space to go to when the classroom is too loud'), 'the edit is in the Word draft');
  assert.ok(!documentXml.includes(toEdit.text.replace(/&/g, '&amp;').slice(0, 40)) || toEdit.text.startsWith(EDITED.slice(0, 40)),
    'the edited statement\'s old words left the draft');
  const [dl2] = await Promise.all([page.waitForEvent('download'), page.locator('#download-xlsx').click()]);
  const xlsx = path.join(shots, 'jayden-review.xlsx');
  await dl2.saveAs(xlsx);
  const strings = execFileSync('unzip', ['-p', xlsx, 'xl/sharedStrings.xml'], { encoding: 'utf8' });
  assert.ok(strings.includes('quiet, named space'), 'the workbook holds the page\'s edit');

  // --- Readable at 200% zoom: half the width, nothing cut off sideways --------------------
  await page.setViewportSize({ width: 700, height: 900 });
  const overflow = await page.evaluate(() => document.scrollingElement.scrollWidth - document.scrollingElement.clientWidth);
  assert.ok(overflow <= 1, 'no sideways scrolling at 200% zoom');
  await shot('09-review-200-percent');
  await page.setViewportSize({ width: 1400, height: 900 });

  // --- Audit ----------------------------------------------------------------------------
  await page.getByRole('link', { name: 'Audit' }).click();
  await page.getByRole('heading', { name: 'Audit' }).waitFor();
  const frame = page.frameLocator('iframe.audit');
  await frame.locator('h1').first().waitFor({ timeout: 30000 });
  await shot('10-audit');
});

test('50 parallel requests over two cases: no error, no mixed-up case', async () => {
  // A second case: one file only, so its plan differs from the first.
  const boundary = 'ehcpdesk' + Date.now();
  const file = fs.readFileSync(path.join(sample, 'social-care-advice.pdf'));
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="case"\r\n\r\nsecond\r\n`),
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="social-care-advice.pdf"\r\nContent-Type: application/pdf\r\n\r\n`),
    file, Buffer.from(`\r\n--${boundary}--\r\n`)]);
  const up = await authed('/api/cases', { method: 'POST', body, headers: { 'X-Ehcp-Desk': '1',
    'Content-Type': 'multipart/form-data; boundary=' + boundary, 'Content-Length': body.length } });
  assert.equal(up.status, 201, up.body.toString());
  assert.equal((await authed('/api/cases/second/draft', { method: 'POST', headers: { 'X-Ehcp-Desk': '1', 'Content-Length': 0 } })).status, 202);
  for (let i = 0; i < 100; i++) {
    const s = JSON.parse((await authed('/api/cases/second/status')).body);
    if (s.state !== 'running') { assert.equal(s.state, 'done', s.message); break; }
    await new Promise((r) => setTimeout(r, 200));
  }
  const plans = {};
  for (const id of ['jayden', 'second']) plans[id] = JSON.parse((await authed(`/api/cases/${id}/plan`)).body);
  const jobs = [];
  for (let i = 0; i < 50; i++) {
    const id = i % 2 ? 'jayden' : 'second';
    const stmts = plans[id].statements.filter((s) => s.section !== '-');
    const s = stmts[i % stmts.length];
    const kind = i % 3;
    jobs.push((async () => {
      if (kind === 0) {
        const r = await authed(`/api/cases/${id}/plan`);
        assert.equal(r.status, 200);
        assert.equal(JSON.parse(r.body).case, id);
      } else if (kind === 1) {
        const r = await authed(`/api/cases/${id}/source?statement=${s.id}`);
        assert.equal(r.status, 200, r.body.toString());
        const src = JSON.parse(r.body);
        const doc = plans[id].documents.find((d) => d.id === s.source.document);
        assert.equal(src.file, doc.file);
        if (src.image) assert.ok(src.image.startsWith(`/api/cases/${id}/`));
      } else {
        const doc = plans[id].documents.find((d) => d.format === 'pdf');
        const r = await authed(`/api/cases/${id}/page/${doc.id}/1.png`);
        assert.equal(r.status, 200);
        assert.equal(r.body.subarray(1, 4).toString(), 'PNG');
      }
    })());
  }
  const t0 = Date.now();
  await Promise.all(jobs);
  const ms = Date.now() - t0;
  console.log(`load test: 50 parallel requests over two cases in ${ms} ms`);
  assert.ok(ms < 20000, 'the requests finish in time');
});
