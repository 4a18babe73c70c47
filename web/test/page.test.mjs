// Browser tests of the page: a real `citegraph serve` on a free loopback
// port with a fresh database filled from the seeds, and Debian's Chromium
// driven headless by playwright-core (no browser download).
//
//   cd web && npm ci && node --test test/
//
// CITEGRAPH_BIN names a built citegraph (else `go build` makes one),
// CHROMIUM the browser (default /usr/bin/chromium), SCREENSHOT_DIR where
// the screenshots go (default a temporary folder, printed).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const work = mkdtempSync(join(tmpdir(), 'citegraph-web-'));
const shots = process.env.SCREENSHOT_DIR || join(work, 'screenshots');
mkdirSync(shots, { recursive: true });

let server, base, browser;
const extraServers = [];

const FRENCH = "Le Groupe de travail d'experts gouvernementaux sur l'assistance technique a été créé en application de la décision 2/6 de la Conférence des Parties à la Convention des Nations Unies contre la criminalité transnationale organisée.";

let bin;

// startServer serves a fresh database: filled by serve from the seeds, or
// first by `citegraph ingest` of the paths given.
async function startServer(name, ingest) {
  if (!bin) {
    bin = process.env.CITEGRAPH_BIN;
    if (!bin) {
      bin = join(work, 'citegraph');
      execFileSync('go', ['build', '-o', bin, './cmd/citegraph'], { cwd: root, stdio: 'inherit' });
    }
  }
  const db = join(work, name + '.db');
  if (ingest) execFileSync(bin, ['ingest', '--db', db, ...ingest], { stdio: ['ignore', 'ignore', 'inherit'] });
  const proc = spawn(bin, ['serve', '--db', db, '--addr', '127.0.0.1:0'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`citegraph serve did not start in 60 s:\n${log}`)), 60_000);
    proc.stderr.on('data', (b) => {
      log += b;
      const m = log.match(/serving (http:\/\/127\.0\.0\.1:\d+)\//);
      if (m) { clearTimeout(timer); resolve(m[1]); }
    });
    proc.on('exit', (code) => { clearTimeout(timer); reject(new Error(`citegraph serve exited ${code}:\n${log}`)); });
  });
  return { proc, url };
}

before(async () => {
  const s = await startServer('seeds');
  server = s.proc;
  base = s.url;
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  console.log(`# server ${base}, screenshots in ${shots}`);
});

after(async () => {
  if (browser) await browser.close();
  if (server) server.kill('SIGTERM');
  if (!process.env.SCREENSHOT_DIR) console.log(`# screenshots kept in ${shots}`);
  for (const p of extraServers) p.kill('SIGTERM');
  for (const name of ['seeds', 'later']) rmSync(join(work, name + '.db'), { force: true });
});

async function newPage(opts = {}) {
  const origin = opts.base || base;
  const ctx = await browser.newContext({ viewport: { width: 1400, height: 860 }, colorScheme: opts.dark ? 'dark' : 'light', deviceScaleFactor: 1 });
  const page = await ctx.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.origin !== origin) errors.push(`request to another origin: ${r.url()}`);
  });
  return { page, ctx, errors };
}

// graph reads what Cytoscape.js draws, through the page's read-only hook.
const graph = (page) => page.evaluate(() => window.citegraphGraph());

async function waitLaidOut(page) {
  await page.waitForFunction(() => window.citegraphGraph && window.citegraphGraph().laidOut);
}

test('search "décision 2/6", then trace the working group it established', async () => {
  const { page, ctx, errors } = await newPage();
  await page.goto(base + '/');
  await page.getByText('Where does a mandate come from?').waitFor();
  // the start page lists the bodies, each a way into its trace
  await page.locator('#panel').getByRole('button', { name: 'Trace the mandate of Working Group of Government Experts on Technical Assistance' }).waitFor();
  await page.screenshot({ path: join(shots, 'start.png') });

  const q = page.getByRole('combobox');
  await q.pressSequentially('décision 2/6', { delay: 20 });
  const hit = page.getByRole('option').filter({ hasText: 'decision 2/6 (untoc-cop)' });
  await hit.waitFor();
  assert.match(await hit.locator('.kind').innerText(), /decision/i, 'the suggestion says what the hit is');
  assert.match(await hit.innerText(), /established the Working Group of Government Experts on Technical Assistance/);
  // a document hit too, with the matching French words
  await page.getByRole('option').filter({ hasText: 'décision 2/6 de la Conférence' }).waitFor();
  await page.screenshot({ path: join(shots, 'search.png') });

  await q.press('Enter');
  await page.waitForURL(/view=nb&id=untoc-cop%3Adec%3A2%2F6/);
  await waitLaidOut(page);
  const panel = page.locator('#panel');
  await panel.getByRole('heading', { name: 'Established' }).waitFor();
  await page.screenshot({ path: join(shots, 'neighbourhood.png') });

  await panel.getByRole('button', { name: 'Trace the mandate of Working Group of Government Experts on Technical Assistance' }).click();
  await page.waitForURL(/view=trace&id=untoc-cop-wg2/);
  await waitLaidOut(page);

  // the chain: decision 2/6 is the origin, the working group the subject
  const origins = panel.locator('ul.origins li');
  await origins.first().waitFor();
  assert.match(await origins.first().innerText(), /decision 2\/6 \(untoc-cop\)\s+untoc-cop:dec:2\/6/);
  const g = await graph(page);
  assert.deepEqual(g.nodes.filter((n) => n.classes.includes('origin')).map((n) => n.id).sort(), ['untoc-cop:dec:2/6', 'untoc-cop:res:7/1']);
  assert.ok(g.edges.some((e) => e.source === 'untoc-cop-wg2' && e.target === 'untoc-cop:dec:2/6' && e.relation === 'ESTABLISHES'), 'the ESTABLISHES edge is drawn');
  // origins are laid out above the subject (origin at the top, today below)
  const y = Object.fromEntries(g.nodes.map((n) => [n.id, n.y]));
  assert.ok(y['untoc-cop:dec:2/6'] < y['untoc-cop-wg2'], `origin y ${y['untoc-cop:dec:2/6']} above subject y ${y['untoc-cop-wg2']}`);

  // the French evidence, in French, with its citation marked
  const quote = panel.locator('blockquote.evidence[lang="fr"]').filter({ hasText: 'a été créé en application de la décision 2/6' });
  await quote.first().waitFor();
  assert.equal(await quote.first().innerText(), FRENCH);
  assert.equal(await quote.first().locator('mark').innerText(), 'décision 2/6');
  await page.screenshot({ path: join(shots, 'trace.png') });
  assert.deepEqual(errors, []);
  await ctx.close();
});

test('clicking an edge shows its evidence, and the link reopens the same view', async () => {
  const { page, ctx, errors } = await newPage();
  await page.goto(base + '/?view=trace&id=untoc-cop-wg2');
  await waitLaidOut(page);
  const g = await graph(page);
  const e = g.edges.find((x) => x.target === 'untoc-cop:dec:2/6');
  await page.mouse.click(e.midX, e.midY);
  await page.waitForURL(/edge=/);
  const current = page.locator('#panel .step.current');
  await current.waitFor();
  assert.match(await current.innerText(), /established by/);
  assert.match(await current.locator('blockquote').innerText(), /créé en application de la décision 2\/6/);

  // the same URL in a new page selects the same step
  const url = page.url();
  const again = await newPage();
  await again.page.goto(url);
  await waitLaidOut(again.page);
  await again.page.locator('#panel .step.current').waitFor();
  assert.match(await again.page.locator('#panel .step.current').innerText(), /créé en application/);
  // from the keyboard: up from the working group reaches an origin, ] walks its edges
  await page.locator('#cy').focus();
  await page.keyboard.press('Escape');
  await page.keyboard.press('ArrowDown'); // selects the subject first
  assert.match(await page.locator('#announce').innerText(), /^Working Group of Government Experts on Technical Assistance, body, 2 edges/);
  await page.keyboard.press('ArrowUp');
  assert.match(await page.locator('#announce').innerText(), /^(decision 2\/6|resolution 7\/1) \(untoc-cop\), (decision|resolution), 1 edge\b/);
  await page.keyboard.press(']');
  assert.match(await page.locator('#announce').innerText(), /^Edge 1 of 1: Working Group of Government Experts on Technical Assistance (established by decision 2\/6|mandated by resolution 7\/1) \(untoc-cop\)/);
  await page.locator('#panel .step.current blockquote').first().waitFor();

  assert.deepEqual([...errors, ...again.errors], []);
  await again.ctx.close();
  await ctx.close();
});

test('a body found by its Arabic name, its names shown right-to-left, in dark', async () => {
  const { page, ctx, errors } = await newPage({ dark: true });
  await page.goto(base + '/');
  const q = page.getByRole('combobox');
  await q.fill('الفريق العامل');
  const hit = page.getByRole('option').filter({ hasText: 'Technical Assistance' });
  await hit.waitFor();
  assert.equal(await hit.locator('[lang="ar"]').getAttribute('dir'), 'rtl');
  await page.screenshot({ path: join(shots, 'search-ar-dark.png') });
  await hit.click();
  await page.waitForURL(/view=trace&id=untoc-cop-wg2/);
  await waitLaidOut(page);
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
  await page.screenshot({ path: join(shots, 'trace-dark.png') });

  await page.getByRole('button', { name: 'Neighbourhood', exact: true }).first().click();
  await page.waitForURL(/view=nb&id=untoc-cop-wg2/);
  await waitLaidOut(page);
  const ar = page.locator('#panel .names span[lang="ar"]');
  await ar.waitFor();
  assert.equal(await ar.getAttribute('dir'), 'rtl');
  assert.equal(await ar.innerText(), 'الفريق العامل الحكومي الدولي المعني بالمساعدة التقنية');
  assert.equal(await page.locator('#panel .names span[lang="zh"]').innerText(), '技术援助问题政府专家工作组');
  await page.screenshot({ path: join(shots, 'body-dark.png') });
  assert.deepEqual(errors, []);
  await ctx.close();
});

test('neighbourhood: expand on click, filter by relation, state in the URL', async () => {
  const { page, ctx, errors } = await newPage();
  await page.goto(base + '/?view=nb&id=untoc-cop%3Adec%3A2%2F6');
  await waitLaidOut(page);
  const before = await graph(page);
  assert.ok(before.nodes.some((n) => n.id === 'untoc-cop-wg2'), 'the body it established is a neighbour');

  // expand the body by keyboard: its button in the details, then Expand
  await page.locator('#panel .neighbours').getByRole('button', { name: /Working Group of Government Experts on Technical Assistance/ }).first().focus();
  await page.keyboard.press('Enter');
  await page.locator('#panel h2').filter({ hasText: 'Technical Assistance' }).waitFor();
  await page.locator('#panel').getByRole('button', { name: /^Expand/ }).click();
  await page.waitForURL(/expand=untoc-cop-wg2/);
  await waitLaidOut(page);
  const after = await graph(page);
  assert.ok(after.nodes.some((n) => n.id === 'untoc-cop:res:7/1'), 'expanding the body adds resolution 7/1, which mandated it');

  // filters: only ESTABLISHES
  const box = (r) => page.locator('#filters input[type=checkbox][value="' + r + '"]');
  for (const r of ['MANDATES', 'PURSUANT', 'EXTENDS', 'AMENDS', 'ENDS', 'REAFFIRMS', 'RECALLS', 'CITES']) {
    await box(r).uncheck();
    await waitLaidOut(page);
  }
  await page.waitForURL(/rel=ESTABLISHES(&|$)/);
  const filtered = await graph(page);
  assert.deepEqual([...new Set(filtered.edges.filter((e) => e.visible).map((e) => e.relation))], ['ESTABLISHES']);
  await page.screenshot({ path: join(shots, 'neighbourhood-filtered.png') });

  // reload: same centre, same expansion, same filter
  await page.reload();
  await waitLaidOut(page);
  assert.equal(await box('MANDATES').isChecked(), false);
  assert.equal(await box('ESTABLISHES').isChecked(), true);
  assert.deepEqual(errors, []);
  await ctx.close();
});

test('loading, empty and error states', async () => {
  const { page, ctx } = await newPage();
  await page.goto(base + '/?view=nb&id=ga%3Ares%3A9999%2F9');
  await page.getByText('Nothing has this id.').waitFor();
  await page.goto(base + '/?view=trace&id=no-such-body');
  await page.getByText('Nothing has this id.').waitFor();
  await page.goto(base + '/');
  await page.getByRole('combobox').fill('zzzyqqxv');
  await page.getByText('Nothing matches “zzzyqqxv”.').waitFor();
  // a body nothing in the graph ties to an instrument: an empty trace, said so
  await page.goto(base + '/?view=trace&id=ga');
  await page.getByText(/No mandate steps found from General Assembly/).waitFor();
  await page.getByRole('button', { name: 'See its neighbourhood' }).click();
  await page.waitForURL(/view=nb&id=ga/);
  // a link whose view this page does not know opens the neighbourhood
  await page.goto(base + '/?view=neighbourhood&id=untoc-cop%3Adec%3A2%2F6');
  await page.getByRole('button', { name: 'Trace mandate' }).waitFor();
  await ctx.close();
});

// The layout worker places 2,000 elements while the page keeps drawing
// frames: the figures are printed, not asserted (timings vary by machine).
test('2,000 elements are laid out off the main thread', async () => {
  const { page, ctx, errors } = await newPage();
  await page.goto(base + '/');
  const r = await page.evaluate(async () => {
    const elements = [];
    for (let i = 0; i < 1000; i++) elements.push({ group: 'nodes', data: { id: 'n' + i, w: 120, h: 40 } });
    for (let i = 1; i < 1000; i++) elements.push({ group: 'edges', data: { id: 'e' + i, source: 'n' + i, target: 'n' + Math.floor(Math.sqrt(i * 97) % i) } });
    elements.push({ group: 'edges', data: { id: 'e0', source: 'n0', target: 'n999' } });
    const results = {};
    for (const [name, layout] of [['fcose', { name: 'fcose', quality: 'draft', randomize: true }], ['dagre', { name: 'dagre', rankDir: 'BT' }]]) {
      const worker = new Worker('/assets/layout.js');
      let worst = 0, last = performance.now(), frames = 0, running = true;
      const tick = (t) => { worst = Math.max(worst, t - last); last = t; frames++; if (running) requestAnimationFrame(tick); };
      requestAnimationFrame(tick);
      const t0 = performance.now();
      const out = await new Promise((resolve) => { worker.onmessage = (e) => resolve(e.data); worker.postMessage({ seq: 1, elements, layout }); });
      const ms = performance.now() - t0;
      running = false;
      worker.terminate();
      results[name] = { ms: Math.round(ms), worstFrameGapMs: Math.round(worst), frames, placed: Object.keys(out.positions || {}).length, error: out.error };
    }
    // Baseline: the same worker code run on the main thread, which blocks
    // drawing for the whole layout.
    await new Promise((resolve, reject) => {
      const el = document.createElement('script');
      el.src = '/assets/layout.js';
      el.onload = resolve;
      el.onerror = reject;
      document.head.append(el);
    });
    const handler = self.onmessage;
    self.onmessage = null;
    const t0 = performance.now();
    handler({ data: { seq: 1, elements, layout: { name: 'fcose', quality: 'draft', randomize: true } } });
    results.baseline = { ms: Math.round(performance.now() - t0) };
    return results;
  });
  const baselineMs = r.baseline.ms;
  delete r.baseline;
  console.log(`# baseline: fcose on the main thread blocks drawing for ${baselineMs} ms`);
  for (const [name, x] of Object.entries(r)) {
    console.log(`# ${name} in the worker: longest frame gap ${(x.worstFrameGapMs / baselineMs).toFixed(2)} × the baseline's block`);
    console.log(`# ${name}: 2,000 elements laid out in ${x.ms} ms off the main thread; ${x.frames} frames drawn meanwhile, longest gap ${x.worstFrameGapMs} ms`);
    assert.equal(x.error, undefined);
    assert.equal(x.placed, 1000, `${name} placed every node`);
  }
  assert.deepEqual(errors, []);
  await ctx.close();
});

// The seeds hold no instrument that changed a mandate since, so this test
// adds one: testdata/later_decision_EN.txt, a test fixture (not a UN
// document) whose decision extends and amends decision 2/6, ingested with
// the seeds into a database of its own.
test('the trace shows what extended and amended the mandate since', async () => {
  const s = await startServer('later', [join(root, 'seeds'), join(root, 'web', 'test', 'testdata', 'later_decision_EN.txt')]);
  extraServers.push(s.proc);
  const { page, ctx, errors } = await newPage({ base: s.url });
  await page.goto(s.url + '/?view=trace&id=untoc-cop-wg2');
  await waitLaidOut(page);
  const g = await graph(page);
  const later = g.edges.filter((e) => e.source === 'untoc-cop:dec:11/3').map((e) => `${e.relation} ${e.target}`).sort();
  assert.deepEqual(later, ['AMENDS untoc-cop:dec:2/6', 'EXTENDS untoc-cop:dec:2/6']);
  const y = Object.fromEntries(g.nodes.map((n) => [n.id, n.y]));
  assert.ok(y['untoc-cop:dec:11/3'] > y['untoc-cop:dec:2/6'], 'the later decision is drawn below what it changed');
  const section = page.locator('#panel ol.later');
  assert.match(await section.innerText(), /decision 11\/3 \(untoc-cop\)\s*extends\s*decision 2\/6/);
  assert.match(await section.innerText(), /Decides to extend decision 2\/6 of the Conference\./);
  const legend = await page.locator('#legend').innerText();
  assert.match(legend, /extends/);
  assert.match(legend, /amends/);
  await page.screenshot({ path: join(shots, 'trace-later.png') });
  assert.deepEqual(errors, []);

  // the server goes away: the search says so
  s.proc.kill('SIGTERM');
  await new Promise((resolve) => s.proc.once('exit', resolve));
  await page.getByRole('combobox').fill('assistance');
  await page.getByText('Search failed: The server cannot be reached. Is citegraph serve running?').waitFor();
  await ctx.close();
});

test('"show more" fetches the next page of citations', async () => {
  const { page, ctx, errors } = await newPage();
  await page.goto(base + '/?view=nb&id=' + encodeURIComponent('S/RES/687 (1991)') + '&n=5');
  await waitLaidOut(page);
  const cites = page.locator('#panel dd').filter({ hasText: /^18 \(/ });
  assert.equal(await cites.innerText(), '18 (5 shown)');
  let g = await graph(page);
  assert.ok(g.nodes.some((n) => n.id === 'more:out:S/RES/687 (1991)'), 'a "more" node stands for the rest');

  await page.locator('#panel').getByRole('button', { name: 'Show 5 more cited' }).click();
  await waitLaidOut(page);
  assert.equal(await cites.innerText(), '18 (10 shown)');

  // the "more" node on the canvas does the same
  g = await graph(page);
  const more = g.nodes.find((n) => n.id === 'more:out:S/RES/687 (1991)');
  await page.mouse.click(more.x, more.y);
  await page.waitForFunction(() => document.querySelector('#panel').innerText.includes('18 (15 shown)'));
  await waitLaidOut(page);
  assert.equal(await page.locator('#filters select[aria-label^="Citations fetched"]').inputValue(), '5', 'the page size from the URL is the one shown');

  // the largest page size stays within the server's complexity limit
  await page.locator('#filters select[aria-label^="Citations fetched"]').selectOption('200');
  await page.waitForURL(/n=200/);
  await waitLaidOut(page);
  assert.equal(await page.locator('#panel dd').filter({ hasText: /^18 \(/ }).innerText(), '18 (18 shown)');
  assert.deepEqual(errors, []);
  await ctx.close();
});
