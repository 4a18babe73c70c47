// citegraph's page: search, the trace of a mandate (origin → today) and the
// neighbourhood of a node, over the GraphQL API at /graphql only.
//
// The state lives in the URL (?view=trace|nb&id=…&sel=…&edge=…&expand=…
// and the neighbourhood's filters), so a link reopens the same view.
import cytoscape from 'cytoscape';

// Cytoscape's warnings are for the page's developers (edges between nodes
// that overlap while they animate apart); they would only fill the console.
cytoscape.warnings(false);

// ---------- the API ----------

const NODE = `fragment N on Node { __typename id
  ... on Instrument { kind number bodyKey title year adopted }
  ... on Document { symbol title date docBodyKey: bodyKey lang type }
  ... on Body { name } }`;
const EVIDENCE = `fragment E on Evidence { lang text cited paragraph document { id symbol title date lang } }`;

const Q_SEARCH = `query Search($q: String!) { search(query: $q, first: 12) { totalCount edges { node {
  kind id label snippet lang node { ...N ... on Instrument { body { name acronyms } established { name } } } } } } } ${NODE}`;

const Q_TRACE = `query Trace($id: ID!, $depth: Int) { traceMandate(id: $id, maxDepth: $depth) {
  subject { ...N } origins { id } maxDepth truncated
  steps { ...S } later { ...S } } }
  fragment S on TraceStep { depth relation from { ...N } to { ...N } evidence { ...E } }
  ${NODE} ${EVIDENCE}`;

const CONN = `fragment C on CitationConnection { totalCount pageInfo { hasNextPage endCursor }
  edges { relation node { ...N } fromInstrument { ...N } evidence { ...E } } }`;

// One query per kind of node: the server's complexity count adds up every
// branch of a query, so asking cites/citedBy under both Instrument and
// Document would count them twice.
const NB_VARS = '$id: ID!, $rel: [Relation!], $first: Int, $out: String, $in: String, $wantOut: Boolean!, $wantIn: Boolean!';
const NB_CONNS = `cites(relation: $rel, first: $first, after: $out) @include(if: $wantOut) { ...C }
      citedBy(relation: $rel, first: $first, after: $in) @include(if: $wantIn) { ...C }`;
const Q_NEIGHBOURS = {
  Instrument: `query InstrumentNeighbours(${NB_VARS}) { node: instrument(id: $id) { ...N session
      texts { id symbol title date lang versions { lang } }
      established { ...N }
      mandated { relation body { ...N } evidence { ...E } }
      ${NB_CONNS} } } ${NODE} ${EVIDENCE} ${CONN}`,
  Document: `query DocumentNeighbours(${NB_VARS}) { node: document(id: $id) { ...N
      originalLang session agendaItem versions { lang } textOf { ...N }
      ${NB_CONNS} } } ${NODE} ${EVIDENCE} ${CONN}`,
  Body: `query BodyNeighbours($id: ID!) { node: body(id: $id) { ...N
      names { lang name } acronyms prefixes parent { ...N } children { ...N }
      links { relation instrument { ...N } evidence { ...E } } } } ${NODE} ${EVIDENCE}`,
};
const Q_KIND = `query Kind($id: ID!) { node(id: $id) { __typename } }`;

const Q_BODIES = `{ bodies { id name } }`;
const Q_HOME = `{ stats { documents instruments edges citations } bodies { id name acronyms parent { id } children { id } } }`;

class APIError extends Error {
  constructor(message, code) { super(message); this.code = code; }
}

async function gql(query, variables, signal) {
  let res;
  try {
    res = await fetch('/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
      signal,
    });
  } catch (err) {
    if (err.name === 'AbortError') throw err;
    throw new APIError('The server cannot be reached. Is citegraph serve running?', 'NETWORK');
  }
  let body;
  try { body = await res.json(); } catch { throw new APIError(`The server answered ${res.status} without JSON.`, 'HTTP'); }
  if (body.errors && body.errors.length) {
    const e = body.errors[0];
    throw new APIError(e.message, e.extensions && e.extensions.code);
  }
  return normalise(body.data);
}

// normalise renames the Document's bodyKey back (GraphQL wants it aliased
// because Instrument's is non-null and Document's is not).
function normalise(v) {
  if (Array.isArray(v)) { v.forEach(normalise); return v; }
  if (v && typeof v === 'object') {
    if ('docBodyKey' in v) { v.bodyKey = v.docBodyKey; delete v.docBodyKey; }
    for (const k in v) normalise(v[k]);
  }
  return v;
}

// ---------- words ----------

const RELATIONS = ['ESTABLISHES', 'MANDATES', 'PURSUANT', 'EXTENDS', 'AMENDS', 'ENDS', 'REAFFIRMS', 'RECALLS', 'CITES'];
const MANDATE_RELATIONS = RELATIONS.slice(0, 6);
const REL_WORD = {
  ESTABLISHES: 'established by', MANDATES: 'mandated by', PURSUANT: 'pursuant to', EXTENDS: 'extends',
  AMENDS: 'amends', ENDS: 'ends', REAFFIRMS: 'reaffirms', RECALLS: 'recalls', CITES: 'cites',
};
const REL_HELP = {
  ESTABLISHES: 'created the body or mandate', MANDATES: 'gave it a task', PURSUANT: 'acts under it',
  EXTENDS: 'renews or extends it', AMENDS: 'changes it', ENDS: 'ends or replaces it',
  REAFFIRMS: 'reaffirms it', RECALLS: 'recalls or notes it', CITES: 'any other citation',
};
const REL_LINE = { REAFFIRMS: 'dashed', RECALLS: 'dashed', CITES: 'dotted' };
const KIND_WORD = { RES: 'resolution', DEC: 'decision', PRST: 'presidential statement' };
const LANGS = ['ar', 'zh', 'en', 'fr', 'ru', 'es'];
const LANG_NAME = { ar: 'Arabic', zh: 'Chinese', en: 'English', fr: 'French', ru: 'Russian', es: 'Spanish' };
const RTL = new Set(['ar']);
const MAX_ELEMENTS = 2000;
const PAGE = 50;
// 200 each way keeps the neighbourhood query under the server's complexity
// limit (20,000; about 46 per citation edge asked for).
const PAGE_SIZES = [10, 50, 200];

// pageSize is how many citations each way one fetch asks for (?n=).
function pageSize() {
  const n = Number(state.n);
  return Number.isInteger(n) && n >= 1 && n <= 200 ? n : PAGE;
}

function cut(s, n) { return s && s.length > n ? s.slice(0, n - 1) + '…' : s || ''; }

function what(n) {
  switch (n.__typename) {
    case 'Instrument': return KIND_WORD[n.kind] || 'instrument';
    case 'Document': return n.type || 'document';
    case 'Body': return 'body';
    default: return 'node';
  }
}

function longName(n) {
  switch (n.__typename) {
    case 'Instrument': return `${KIND_WORD[n.kind] || n.kind} ${n.number} (${n.bodyKey})`;
    case 'Document': return n.symbol || n.title || n.id;
    case 'Body': return n.name || n.id;
    default: return n.id;
  }
}

function shortLabel(n) {
  switch (n.__typename) {
    case 'Instrument': return `${KIND_WORD[n.kind] || n.kind} ${n.number}\n${n.bodyKey}`;
    case 'Document': return n.symbol ? cut(n.symbol, 28) : cut(n.title || n.id, 28) + (n.date ? `\n${n.date.slice(0, 4)}` : '');
    case 'Body': return wrap(cut(n.name || n.id, 60), 24);
    default: return n.id;
  }
}

function wrap(s, width) {
  const out = [];
  let line = '';
  for (const w of s.split(' ')) {
    if (line && (line + ' ' + w).length > width) { out.push(line); line = w; } else line = line ? line + ' ' + w : w;
  }
  if (line) out.push(line);
  return out.join('\n');
}

function yearOf(n) {
  if (n.year) return n.year;
  const d = n.adopted || n.date;
  return d ? Number(d.slice(0, 4)) : null;
}

// ---------- DOM helpers ----------

function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v == null || v === false) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'class') el.className = v;
    else if (k === 'style') el.style.cssText = v;
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat(Infinity)) {
    if (c == null || c === false) continue;
    el.append(c instanceof Node ? c : String(c));
  }
  return el;
}

const $ = (id) => document.getElementById(id);

// setPanel fills the details panel, skipping absent parts as h does.
function setPanel(...children) {
  $('panel').replaceChildren(h('div', {}, ...children));
}

function langSpan(lang) {
  return h('span', { class: 'lang', title: LANG_NAME[lang] || lang }, lang || '?');
}

// text in its own language, direction and font.
function inLang(tag, lang, text, attrs) {
  return h(tag, { lang: lang || null, dir: lang ? (RTL.has(lang) ? 'rtl' : 'ltr') : 'auto', ...attrs }, text);
}

// The evidence sentence, with the citation's words marked.
function evidenceBlock(ev) {
  const q = h('blockquote', { class: 'evidence', lang: ev.lang, dir: RTL.has(ev.lang) ? 'rtl' : 'ltr' });
  const i = ev.cited ? ev.text.indexOf(ev.cited) : -1;
  if (i < 0) q.append(ev.text);
  else q.append(ev.text.slice(0, i), h('mark', {}, ev.cited), ev.text.slice(i + ev.cited.length));
  const d = ev.document;
  const meta = h('div', { class: 'evidence-meta' }, langSpan(ev.lang), LANG_NAME[ev.lang] || ev.lang, ' · from ',
    h('button', { type: 'button', class: 'linkish', title: d.id, onclick: () => go({ view: 'nb', id: d.id }) },
      d.symbol || (d.title ? inLang('span', d.lang, cut(d.title, 110)) : d.id)),
    d.symbol && d.title ? [' — ', inLang('span', d.lang, cut(d.title, 140))] : null,
    d.date ? ` (${d.date})` : null,
    ev.paragraph ? `, paragraph ${ev.paragraph}` : null);
  return h('div', { class: 'evidence-item' }, q, meta);
}

// ---------- state in the URL ----------

const FILTER_KEYS = ['rel', 'body', 'from', 'to', 'lang', 'n'];

function readURL() {
  const p = new URLSearchParams(location.search);
  const s = { view: p.get('view') || '', id: p.get('id') || '', sel: p.get('sel') || '', edge: p.get('edge') || '' };
  s.expand = (p.get('expand') || '').split(',').filter(Boolean);
  for (const k of FILTER_KEYS) s[k] = p.get(k) || '';
  // A link with no view, or one this page does not know, opens the
  // neighbourhood rather than a half-drawn page.
  if (s.id && s.view !== 'trace') s.view = 'nb';
  return s;
}

function writeURL(s, push) {
  const p = new URLSearchParams();
  if (s.view && s.id) { p.set('view', s.view); p.set('id', s.id); }
  if (s.view === 'nb') {
    if (s.expand.length) p.set('expand', s.expand.join(','));
    for (const k of FILTER_KEYS) if (s[k]) p.set(k, s[k]);
  }
  if (s.sel) p.set('sel', s.sel);
  if (s.edge) p.set('edge', s.edge);
  const url = location.pathname + (p.toString() ? '?' + p.toString() : '');
  if (url === location.pathname + location.search) return;
  if (push) history.pushState(null, '', url); else history.replaceState(null, '', url);
}

let state = readURL();

function go(next) {
  state = { view: next.view, id: next.id, sel: '', edge: '', expand: [], rel: '', body: '', from: '', to: '', lang: '', n: state.n };
  if (!next.keepQuery) $('q').value = '';
  writeURL(state, true);
  render();
}

function update(patch) {
  Object.assign(state, patch);
  writeURL(state, false);
}

// ---------- theme ----------

function applyTheme(t) {
  document.documentElement.dataset.theme = t;
  if (cy) cy.style(graphStyle());
}

function initTheme() {
  const saved = localStorage.getItem('citegraph-theme');
  const mq = matchMedia('(prefers-color-scheme: dark)');
  applyTheme(saved || (mq.matches ? 'dark' : 'light'));
  mq.addEventListener('change', (e) => { if (!localStorage.getItem('citegraph-theme')) applyTheme(e.matches ? 'dark' : 'light'); });
  $('theme').addEventListener('click', () => {
    const t = document.documentElement.dataset.theme === 'dark' ? 'light' : 'dark';
    localStorage.setItem('citegraph-theme', t);
    applyTheme(t);
  });
}

// ---------- the graph ----------

let cy = null;

function cssVar(name) { return getComputedStyle(document.documentElement).getPropertyValue(name).trim(); }

function graphStyle() {
  const rel = RELATIONS.map((r) => ({
    selector: `edge[relation = "${r}"]`,
    style: { 'line-color': cssVar(`--rel-${r.toLowerCase()}`), 'target-arrow-color': cssVar(`--rel-${r.toLowerCase()}`),
      'line-style': REL_LINE[r] || 'solid', color: cssVar(`--rel-${r.toLowerCase()}`) },
  }));
  return [
    { selector: 'node', style: {
      label: 'data(label)', 'text-wrap': 'wrap', 'text-max-width': 200, 'text-valign': 'center', 'text-halign': 'center',
      'font-family': cssVar('--font'), 'font-size': 12, color: cssVar('--node-text'), shape: 'round-rectangle',
      width: 'data(w)', height: 'data(h)', 'background-color': cssVar('--node-instrument'),
      'border-width': 1, 'border-color': cssVar('--node-border'), 'min-zoomed-font-size': 7 } },
    { selector: 'node[type = "Document"]', style: { shape: 'rectangle', 'background-color': cssVar('--node-document') } },
    { selector: 'node[type = "Body"]', style: { shape: 'ellipse', 'background-color': cssVar('--node-body') } },
    { selector: 'node.origin', style: { 'border-width': 3, 'font-weight': 'bold' } },
    { selector: 'node.subject', style: { 'border-width': 3, 'border-style': 'double' } },
    { selector: 'node.more', style: { shape: 'round-tag', 'border-style': 'dashed', 'background-opacity': 0.3 } },
    { selector: 'node:selected', style: { 'border-color': cssVar('--node-selected'), 'border-width': 4 } },
    { selector: 'edge', style: {
      width: 2, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'arrow-scale': 1.1,
      'font-size': 10, 'font-family': cssVar('--font'), 'text-background-color': cssVar('--bg'), 'text-background-opacity': 0.85,
      'text-background-padding': 2, 'text-rotation': 'autorotate', 'min-zoomed-font-size': 8 } },
    ...rel,
    { selector: 'edge.labelled', style: { label: 'data(word)' } },
    { selector: 'edge:selected', style: { width: 5, 'underlay-color': cssVar('--node-selected'), 'underlay-opacity': 0.35, 'underlay-padding': 4 } },
    { selector: '.filtered', style: { display: 'none' } },
  ];
}

function ensureGraph() {
  if (cy) return cy;
  cy = cytoscape({
    container: $('cy'), style: graphStyle(), minZoom: 0.05, maxZoom: 3,
    boxSelectionEnabled: false, selectionType: 'single',
  });
  cy.on('tap', 'node', (e) => onNodeTap(e.target));
  cy.on('dbltap', 'node', (e) => { if (state.view === 'nb') expand(e.target.id()); });
  cy.on('tap', 'edge', (e) => onEdgeTap(e.target));
  $('cy').addEventListener('keydown', onGraphKey);
  $('fit').onclick = () => cy.fit(cy.elements(':visible'), 30);
  $('zoom-in').onclick = () => cy.zoom({ level: cy.zoom() * 1.25, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  $('zoom-out').onclick = () => cy.zoom({ level: cy.zoom() / 1.25, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  return cy;
}

function nodeData(n, extra) {
  const label = shortLabel(n);
  const lines = label.split('\n');
  const w = Math.max(70, Math.min(210, 7.2 * Math.max(...lines.map((l) => l.length)) + 20));
  return { data: { id: n.id, type: n.__typename, label, w, h: 16 * lines.length + 16, node: n, ...extra } };
}

// The layout worker, with a sequence number so a stale answer is dropped.
let worker = null;
let layoutSeq = 0;
let laidOut = false;

// citegraphGraph is a read-only view of what is drawn, in page
// coordinates, for the browser tests and for anyone debugging the page.
window.citegraphGraph = () => {
  if (!cy) return { laidOut, nodes: [], edges: [] };
  const box = $('cy').getBoundingClientRect();
  return {
    laidOut,
    nodes: cy.nodes().map((n) => ({ id: n.id(), classes: n.classes(), visible: n.visible(),
      x: n.renderedPosition().x + box.left, y: n.renderedPosition().y + box.top })),
    edges: cy.edges().map((e) => ({ id: e.id(), source: e.data('source'), target: e.data('target'), relation: e.data('relation'),
      visible: e.visible(), midX: e.renderedMidpoint().x + box.left, midY: e.renderedMidpoint().y + box.top })),
  };
};

function layoutOffThread(layout) {
  if (!worker) worker = new Worker('/assets/layout.js');
  const seq = ++layoutSeq;
  const elements = cy.elements(':visible').map((el) => ({ group: el.group(), data: {
    id: el.id(), source: el.data('source'), target: el.data('target'), w: el.data('w'), h: el.data('h') },
  position: el.isNode() ? { ...el.position() } : undefined }));
  return new Promise((resolve, reject) => {
    const onMsg = (e) => {
      if (e.data.seq !== seq) return;
      worker.removeEventListener('message', onMsg);
      if (e.data.error) { reject(new Error(e.data.error)); return; }
      if (seq !== layoutSeq) { resolve(false); return; }
      const pos = e.data.positions;
      const n = cy.nodes(':visible').length;
      const l = cy.nodes(':visible').layout({ name: 'preset', positions: (node) => pos[node.id()] || node.position(),
        fit: true, padding: 40, animate: n < 300, animationDuration: 250 });
      l.one('layoutstop', () => {
        // A small graph fitted to the view would be drawn huge.
        if (cy.zoom() > 1.5) { cy.zoom(1.5); cy.center(cy.elements(':visible')); }
        laidOut = true;
        resolve(true);
      });
      l.run();
    };
    worker.addEventListener('message', onMsg);
    worker.postMessage({ seq, elements, layout });
  });
}

function tuneForSize() {
  // Cytoscape reads these renderer options at start only; its renderer
  // keeps them as plain fields, which are set here as the view grows.
  const big = cy.elements().length > 800;
  const r = cy.renderer();
  if (r) { r.hideEdgesOnViewport = big; r.textureOnViewport = big; }
}

function onNodeTap(node) {
  if (node.hasClass('more')) { showMore(node.data('of'), node.data('dir')); return; }
  update({ sel: node.id(), edge: '' });
  if (state.view === 'nb') showNodeDetails(node.id());
  else highlightStepsOf(node.id());
}

function onEdgeTap(edge) {
  update({ edge: edge.id(), sel: '' });
  if (state.view === 'trace') showStep(edge.id(), true);
  else showEdgeDetails(edge);
}

// ---------- the graph from the keyboard ----------

function announce(text) { $('announce').textContent = text; }

function describeNode(node) {
  const n = node.data('node');
  if (!n) return node.data('label').replace(/\n/g, ' ');
  const k = node.connectedEdges(':visible').length;
  return `${longName(n)}, ${what(n)}, ${k} edge${k === 1 ? '' : 's'}`;
}

function keySelectNode(node) {
  cy.elements().unselect();
  node.select();
  keyEdge = -1;
  const ext = cy.extent(), p = node.position();
  if (p.x < ext.x1 || p.x > ext.x2 || p.y < ext.y1 || p.y > ext.y2) cy.animate({ center: { eles: node } }, { duration: 200 });
  if (node.hasClass('more')) { announce(node.data('label') + ', press Enter to load them'); return; }
  update({ sel: node.id(), edge: '' });
  if (state.view === 'nb') showNodeDetails(node.id()); else highlightStepsOf(node.id());
  announce(describeNode(node));
}

let keyEdge = -1;

// The nearest visible node in the arrow's direction, favouring those
// straight ahead.
function nodeToward(from, dx, dy) {
  const p = from.position();
  let best = null, bestScore = Infinity;
  cy.nodes(':visible').forEach((n) => {
    if (n.same(from)) return;
    const vx = n.position().x - p.x, vy = n.position().y - p.y;
    const ahead = vx * dx + vy * dy;
    if (ahead <= 0) return;
    const side = Math.abs(vx * dy - vy * dx);
    if (side > ahead * 2) return;
    const score = ahead + side * 2;
    if (score < bestScore) { bestScore = score; best = n; }
  });
  return best;
}

function onGraphKey(e) {
  if (!cy || cy.nodes(':visible').empty()) return;
  const sel = cy.nodes(':selected');
  const current = sel.nonempty() ? sel.first() : (cy.getElementById(state.id).nonempty() ? cy.getElementById(state.id) : cy.nodes(':visible').first());
  const dirs = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
  if (dirs[e.key]) {
    e.preventDefault();
    if (sel.empty()) { keySelectNode(current); return; }
    const next = nodeToward(current, ...dirs[e.key]);
    if (next) keySelectNode(next); else announce('No node that way.');
  } else if (e.key === ']' || e.key === '[') {
    e.preventDefault();
    const edges = current.connectedEdges(':visible').filter((x) => !x.id().startsWith('more:'));
    if (edges.empty()) { announce('This node has no edges.'); return; }
    keyEdge = (keyEdge + (e.key === ']' ? 1 : edges.length - 1)) % edges.length;
    const edge = edges[keyEdge];
    onEdgeTap(edge);
    cy.nodes().unselect();
    current.select();
    edge.select();
    const name = (node) => (node.data('node') ? longName(node.data('node')) : node.data('label').replace(/\n/g, ' '));
    announce(`Edge ${keyEdge + 1} of ${edges.length}: ${name(edge.source())} ${REL_WORD[edge.data('relation')]} ${name(edge.target())}; its passages are in the details.`);
  } else if (e.key === 'Enter') {
    e.preventDefault();
    if (current.hasClass('more')) { showMore(current.data('of'), current.data('dir')); return; }
    if (state.view === 'nb') expand(current.id());
    else {
      const step = document.querySelector('.step.current button.focus');
      if (step) step.focus();
    }
  } else if (e.key === 'Escape') {
    cy.elements().unselect();
    announce('Nothing selected.');
  } else if (e.key === '+' || e.key === '=') {
    cy.zoom({ level: cy.zoom() * 1.25, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  } else if (e.key === '-') {
    cy.zoom({ level: cy.zoom() / 1.25, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  } else if (e.key === '0') {
    cy.fit(cy.elements(':visible'), 30);
  }
}

// ---------- status: loading, empty, error ----------

function setStatus(content) {
  const s = $('status');
  s.replaceChildren();
  if (content) s.append(h('div', { class: 'box' }, content));
}

function loading(what) { setStatus([h('span', { class: 'spinner', 'aria-hidden': 'true' }), `Loading ${what}…`]); }

function failed(err, retry) {
  const notFound = err.code === 'NOT_FOUND';
  setStatus([
    h('p', { class: 'error' }, notFound ? 'Nothing has this id.' : 'Something went wrong.'),
    h('p', {}, err.message),
    notFound ? h('p', {}, 'Try the search box above.') : h('button', { type: 'button', onclick: retry }, 'Try again'),
  ]);
}

function welcome() {
  const ex = (label, id, view) => h('button', { type: 'button', onclick: () => go({ view, id }) }, label);
  setStatus([
    h('h1', { style: 'margin-top:0;font-size:20px' }, 'Where does a mandate come from?'),
    h('p', {}, 'Type an instrument (“decision 2/6”, “A/RES/55/25”), a document symbol, a body or any words, in any of the six UN languages, and pick a suggestion.'),
    h('p', { class: 'examples' }, 'Or start from: ',
      ex('Working Group on Technical Assistance — trace', 'untoc-cop-wg2', 'trace'),
      ex('decision 2/6 — neighbourhood', 'untoc-cop:dec:2/6', 'nb')),
  ]);
}

// ---------- views ----------

let viewAbort = null;

function setTabs() {
  for (const [id, v] of [['tab-trace', 'trace'], ['tab-nb', 'nb']]) {
    const b = $(id);
    b.disabled = !state.id;
    b.setAttribute('aria-pressed', String(state.view === v));
  }
}

async function render() {
  laidOut = false;
  setTabs();
  if (viewAbort) viewAbort.abort();
  viewAbort = new AbortController();
  const signal = viewAbort.signal;
  $('legend').hidden = true;
  $('filters').hidden = true;
  $('toolbar').hidden = true;
  if (!state.id) {
    if (cy) cy.elements().remove();
    setPanel(h('h2', {}, 'citegraph'),
      h('p', {}, 'The citations of UN resolutions, decisions and documents, as a graph.'),
      h('p', {}, h('a', { href: '/graphql' }, 'GraphQL API (GraphiQL)')));
    welcome();
    document.title = 'citegraph';
    try {
      const d = await gql(Q_HOME, {}, signal);
      const st = d.stats;
      const byId = new Map(d.bodies.map((b) => [b.id, b]));
      const top = d.bodies.filter((b) => !b.parent || !byId.has(b.parent.id));
      const item = (b) => h('li', {},
        h('button', { type: 'button', class: 'linkish', onclick: () => go({ view: 'trace', id: b.id }), 'aria-label': `Trace the mandate of ${b.name}` }, b.name),
        b.acronyms.length ? h('span', { class: 'muted' }, ` ${b.acronyms[0]}`) : null,
        b.children.length ? h('ul', { class: 'tree' }, b.children.map((c) => byId.get(c.id)).filter(Boolean).map(item)) : null);
      setPanel(h('h2', {}, 'citegraph'),
        h('p', {}, 'The citations of UN resolutions, decisions and documents, as a graph.'),
        h('p', { class: 'muted' }, `${st.documents} documents, ${st.instruments} instruments, ${st.edges} citation ties, ${st.citations} passages.`),
        h('h3', {}, 'Pick a body to trace its mandate'),
        h('ul', { class: 'tree' }, top.map(item)),
        h('p', {}, h('a', { href: '/graphql' }, 'GraphQL API (GraphiQL)')));
    } catch (err) {
      if (err.name !== 'AbortError') setPanel(h('p', { class: 'error' }, `The server cannot answer: ${err.message}`));
    }
    return;
  }
  try {
    if (state.view === 'trace') await renderTrace(signal);
    else await renderNeighbourhood(signal);
  } catch (err) {
    if (err.name === 'AbortError') return;
    if (cy) cy.elements().remove();
    setPanel();
    failed(err, () => render());
  }
}

// ----- the mandate trace -----

let trace = null;

function stepId(s, later) { return `${later ? 'later' : 'step'}:${s.from.id}>${s.to.id}:${s.relation}`; }

async function renderTrace(signal) {
  loading('the trace');
  setPanel();
  const data = await gql(Q_TRACE, { id: state.id, depth: 10 }, signal);
  const t = data.traceMandate;
  trace = t;
  ensureGraph();
  cy.elements().remove();
  const origins = new Set(t.origins.map((o) => o.id));
  const els = [];
  const seen = new Set();
  const addNode = (n) => {
    if (seen.has(n.id)) return;
    seen.add(n.id);
    const el = nodeData(n);
    el.classes = [origins.has(n.id) ? 'origin' : '', n.id === t.subject.id ? 'subject' : ''].join(' ');
    els.push(el);
  };
  addNode(t.subject);
  const steps = [...t.steps.map((s) => ({ ...s, later: false })), ...t.later.map((s) => ({ ...s, later: true }))];
  for (const s of steps) {
    addNode(s.from); addNode(s.to);
    els.push({ data: { id: stepId(s, s.later), source: s.from.id, target: s.to.id, relation: s.relation,
      word: REL_WORD[s.relation].toLowerCase() }, classes: 'labelled' });
  }
  cy.add(els);
  tuneForSize();
  document.title = `Trace: ${longName(t.subject)} · citegraph`;
  setStatus(steps.length ? null : [h('p', {}, `No mandate steps found from ${longName(t.subject)}: nothing in the graph says what created or directed it.`),
    h('button', { type: 'button', onclick: () => go({ view: 'nb', id: state.id }) }, 'See its neighbourhood')]);
  showLegend(new Set(steps.map((s) => s.relation)));
  $('toolbar').hidden = false;
  tracepanel(t, steps);
  // Origins at the top, the subject and later instruments below.
  await layoutOffThread({ name: 'dagre', rankDir: 'BT', nodeSep: 40, rankSep: 70, edgeSep: 10 });
  if (state.edge && cy.getElementById(state.edge).nonempty()) showStep(state.edge, false);
  else if (state.sel) highlightStepsOf(state.sel);
}

function traceStepView(s) {
  const id = stepId(s, s.later);
  const nodeBtn = (n) => h('button', { type: 'button', class: 'linkish', title: `${what(n)} ${n.id}`,
    onclick: () => go({ view: 'nb', id: n.id }) }, longName(n));
  return h('li', { class: 'step', id: 'li-' + id, 'data-step': id, 'data-from': s.from.id, 'data-to': s.to.id, style: `--rel: var(--rel-${s.relation.toLowerCase()})` },
    h('div', { class: 'head' },
      nodeBtn(s.from), h('span', { class: 'rel', title: REL_HELP[s.relation] }, REL_WORD[s.relation]), nodeBtn(s.to),
      h('button', { type: 'button', class: 'focus', 'aria-label': `Show this step in the graph: ${longName(s.from)} ${REL_WORD[s.relation]} ${longName(s.to)}`,
        onclick: () => { update({ edge: id, sel: '' }); showStep(id, false); } }, 'Show')),
    s.evidence.length ? s.evidence.map(evidenceBlock) : h('p', { class: 'muted' }, 'No passage recorded.'));
}

function traceSorted(steps) {
  // Origin first: deepest steps first, then later instruments at the end.
  return [...steps].sort((a, b) => (a.later - b.later) || (a.later ? 0 : b.depth - a.depth));
}

function tracepanel(t, steps) {
  const s = t.subject;
  const origins = t.origins.map((o) => steps.flatMap((x) => [x.from, x.to]).find((n) => n.id === o.id) || o);
  const main = traceSorted(steps.filter((x) => !x.later));
  const later = steps.filter((x) => x.later);
  setPanel(
    h('p', { class: 'muted', style: 'margin:0' }, `Mandate trace of a ${what(s)}`),
    h('h2', {}, inLang('span', null, longName(s))),
    h('p', { class: 'id' }, s.id),
    h('div', { class: 'actions' }, h('button', { type: 'button', onclick: () => go({ view: 'nb', id: s.id }) }, 'Neighbourhood')),
    h('h3', {}, origins.length === 1 ? 'Origin' : 'Origins'),
    origins.length ? h('ul', { class: 'origins' }, origins.map((o) => h('li', {},
      h('button', { type: 'button', class: 'linkish', onclick: () => go({ view: 'nb', id: o.id }) }, o.__typename ? longName(o) : o.id),
      ' ', h('span', { class: 'id muted' }, o.id)))) : h('p', { class: 'muted' }, 'None found.'),
    t.truncated ? h('p', { class: 'muted' }, `Some chains go deeper than ${t.maxDepth} steps and were cut.`) : null,
    h('h3', {}, 'The chain, from the origin down'),
    main.length ? h('ol', { class: 'steps', style: 'padding:0;list-style:none' }, main.map(traceStepView)) : h('p', { class: 'muted' }, 'No steps.'),
    h('h3', {}, 'Changed since (extended, amended, ended)'),
    later.length ? h('ol', { class: 'steps later', style: 'padding:0;list-style:none' }, later.map(traceStepView))
      : h('p', { class: 'muted' }, 'Nothing in the graph extends, amends or ends these instruments.'),
  );
}

function showStep(id, scroll) {
  const edge = cy.getElementById(id);
  cy.elements().unselect();
  edge.select();
  for (const li of document.querySelectorAll('.step.current')) li.classList.remove('current');
  const li = document.getElementById('li-' + id);
  if (li) {
    li.classList.add('current');
    if (scroll) li.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }
}

function highlightStepsOf(nodeId) {
  cy.elements().unselect();
  cy.getElementById(nodeId).select();
  for (const li of document.querySelectorAll('.step')) {
    li.classList.toggle('current', li.dataset.from === nodeId || li.dataset.to === nodeId);
  }
  const first = document.querySelector('.step.current');
  if (first) first.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
}

function showLegend(present) {
  const shapes = [['Body', 'border-radius:50%;background:var(--node-body)'], ['Instrument', 'border-radius:3px;background:var(--node-instrument)'], ['Document', 'background:var(--node-document)']];
  const wasOpen = $('legend').querySelector('details');
  $('legend').replaceChildren(h('details', { open: wasOpen ? wasOpen.open : !narrow() }, h('summary', {}, h('strong', {}, 'Legend')),
    h('ul', {}, RELATIONS.filter((r) => !present || present.has(r)).map((r) => h('li', { style: `--rel: var(--rel-${r.toLowerCase()})`, title: REL_HELP[r] },
      h('span', { class: `swatch ${REL_LINE[r] || ''}` }), `${r.toLowerCase()} — ${REL_HELP[r]}`)),
    shapes.map(([name, css]) => h('li', {}, h('span', { class: 'shape', style: css }), name.toLowerCase()))),
    h('div', { class: 'muted' }, 'Arrows point from the citing text to what it cites.', state.view === 'trace' ? ' Origins at the top, in bold.' : '')));
  $('legend').hidden = false;
}

// ----- the neighbourhood -----

// What the neighbourhood holds: every node fetched, and per node which
// directions are expanded and their next cursors.
let nb = null;

function freshNeighbourhood() { return { nodes: new Map(), edges: new Map(), pages: new Map(), expanded: new Set(), bodies: null }; }

async function renderNeighbourhood(signal) {
  loading('the neighbourhood');
  nb = freshNeighbourhood();
  ensureGraph();
  cy.elements().remove();
  setPanel();
  await fetchNeighbours(state.id, 'both', signal);
  for (const id of state.expand) {
    if (id !== state.id && nb.nodes.has(id)) await fetchNeighbours(id, 'both', signal);
  }
  if (!nb.bodies) {
    try { nb.bodies = (await gql(Q_BODIES, {}, signal)).bodies; } catch (err) { if (err.name === 'AbortError') throw err; nb.bodies = []; }
  }
  setStatus(null);
  const centre = nb.nodes.get(state.id);
  document.title = `${longName(centre)} · citegraph`;
  showFilters();
  showLegend(new Set([...nb.edges.values()].map((e) => e.relation)));
  $('toolbar').hidden = false;
  await redraw(true);
  const sel = state.sel && nb.nodes.has(state.sel) ? state.sel : state.id;
  showNodeDetails(sel);
  if (state.edge && cy.getElementById(state.edge).nonempty()) showEdgeDetails(cy.getElementById(state.edge));
}

function relFilter() { return state.rel ? state.rel.split(',') : null; }

function addNbNode(n) {
  const old = nb.nodes.get(n.id);
  nb.nodes.set(n.id, old ? { ...old, ...n } : n);
}

function addNbEdge(from, to, relation, evidence) {
  const id = `${from.id}>${to.id}:${relation}`;
  const old = nb.edges.get(id);
  if (old) { if (evidence && evidence.length > old.evidence.length) old.evidence = evidence; return; }
  nb.edges.set(id, { id, source: from.id, target: to.id, relation, evidence: evidence || [] });
}

async function fetchNeighbours(id, dir, signal) {
  const page = nb.pages.get(id) || {};
  const wantOut = dir !== 'in', wantIn = dir !== 'out';
  const vars = { id, rel: relFilter(), first: pageSize(), out: wantOut && dir !== 'both' ? page.out : null, in: wantIn && dir !== 'both' ? page.in : null, wantOut, wantIn };
  let kind = nb.nodes.has(id) ? nb.nodes.get(id).__typename : null;
  if (!kind) kind = (await gql(Q_KIND, { id }, signal)).node.__typename;
  const data = await gql(Q_NEIGHBOURS[kind], kind === 'Body' ? { id } : vars, signal);
  const n = data.node;
  addNbNode(n);
  nb.expanded.add(id);
  const conn = (c, which) => {
    if (!c) return;
    page[which] = c.pageInfo.hasNextPage ? c.pageInfo.endCursor : null;
    page[which + 'Total'] = c.totalCount;
    page[which + 'Shown'] = (dir === 'both' ? 0 : page[which + 'Shown'] || 0) + c.edges.length;
    for (const e of c.edges) {
      // node is the cited one for cites, the citing document for citedBy;
      // a citing document that is an instrument's text speaks for it.
      const source = which === 'out' ? n : (e.fromInstrument && e.fromInstrument.id !== id ? e.fromInstrument : e.node);
      const target = which === 'out' ? e.node : n;
      addNbNode(source); addNbNode(target);
      addNbEdge(source, target, e.relation, e.evidence);
    }
  };
  if (n.__typename === 'Instrument') {
    conn(n.cites, 'out'); conn(n.citedBy, 'in');
    if (dir === 'both') {
      for (const b of n.established) { addNbNode(b); addNbEdge(b, n, 'ESTABLISHES', []); }
      for (const l of n.mandated) { addNbNode(l.body); addNbEdge(l.body, n, l.relation, l.evidence); }
    }
  } else if (n.__typename === 'Document') {
    conn(n.cites, 'out'); conn(n.citedBy, 'in');
  } else if (n.__typename === 'Body') {
    for (const l of n.links) {
      if (relFilter() && !relFilter().includes(l.relation)) continue;
      addNbNode(l.instrument); addNbEdge(n, l.instrument, l.relation, l.evidence);
    }
  }
  nb.pages.set(id, page);
}

function nodeVisible(n) {
  if (n.id === state.id) return true;
  if (state.body && (n.bodyKey || (n.__typename === 'Body' ? n.id : '')) !== state.body) return false;
  const y = yearOf(n);
  if ((state.from || state.to) && y == null) return n.__typename === 'Body';
  if (state.from && y < Number(state.from)) return false;
  if (state.to && y > Number(state.to)) return false;
  return true;
}

function edgeVisible(e) {
  if (relFilter() && !relFilter().includes(e.relation)) return false;
  if (state.lang && e.evidence.length && !e.evidence.some((v) => v.lang === state.lang)) return false;
  return true;
}

async function redraw(fresh) {
  const before = new Set(cy.nodes().map((n) => n.id()));
  // Nodes keep their place; new ones start where the node they hang from
  // is, so an expansion grows out of it.
  const was = new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }]));
  const els = [];
  for (const n of nb.nodes.values()) {
    const el = nodeData(n);
    if (n.id === state.id) el.classes = 'subject';
    els.push(el);
  }
  for (const e of nb.edges.values()) {
    els.push({ data: { id: e.id, source: e.source, target: e.target, relation: e.relation, word: REL_WORD[e.relation] } });
  }
  // "show more" nodes for pages not yet fetched
  for (const [id, p] of nb.pages) {
    for (const dir of ['out', 'in']) {
      if (!p[dir]) continue;
      const left = p[dir + 'Total'] - p[dir + 'Shown'];
      const mid = `more:${dir}:${id}`;
      els.push({ data: { id: mid, type: 'more', label: `${left} more ${dir === 'out' ? 'cited' : 'citing'}…`, w: 130, h: 30, of: id, dir }, classes: 'more' });
      els.push({ data: { id: mid + ':e', source: dir === 'out' ? id : mid, target: dir === 'out' ? mid : id, relation: 'CITES' } });
    }
  }
  for (const el of els) {
    if (el.data.source) continue;
    let p = was.get(el.data.id);
    if (!p) {
      const tie = [...nb.edges.values()].find((e) => (e.source === el.data.id && was.has(e.target)) || (e.target === el.data.id && was.has(e.source)));
      const from = tie ? was.get(tie.source === el.data.id ? tie.target : tie.source) : was.get(el.data.of);
      if (from) p = from;
    }
    if (p) el.position = { ...p };
  }
  cy.batch(() => {
    cy.elements().remove();
    cy.add(els);
    applyFilters();
  });
  tuneForSize();
  const added = cy.nodes().filter((n) => !before.has(n.id()));
  if (fresh || added.length) {
    laidOut = false;
    setStatus(cy.elements(':visible').length > 600 ? [h('span', { class: 'spinner', 'aria-hidden': 'true' }), `Laying out ${cy.elements(':visible').length} elements…`] : null);
    const t0 = performance.now();
    // A fresh view is laid out from scratch; an expansion moves what is
    // there as little as it can, so the reader keeps their bearings.
    await layoutOffThread({ name: 'fcose', quality: cy.nodes().length > 400 ? 'draft' : 'default', randomize: !!fresh,
      nodeRepulsion: 9000, idealEdgeLength: 110, nodeSeparation: 80, packComponents: true });
    window.citegraphLastLayoutMs = performance.now() - t0;
    setStatus(null);
  } else {
    laidOut = true;
  }
}

function applyFilters() {
  cy.batch(() => {
    cy.elements().removeClass('filtered');
    cy.nodes().forEach((node) => {
      const n = node.data('node');
      if (n && !nodeVisible(n)) node.addClass('filtered');
    });
    cy.edges().forEach((edge) => {
      const e = nb.edges.get(edge.id());
      if (e && !edgeVisible(e)) edge.addClass('filtered');
      if (edge.source().hasClass('filtered') || edge.target().hasClass('filtered')) edge.addClass('filtered');
    });
    // A node left with no visible edge is hidden too, unless it is the centre.
    cy.nodes().forEach((node) => {
      if (node.id() !== state.id && !node.hasClass('filtered') && node.connectedEdges(':visible').empty() && node.degree() > 0) node.addClass('filtered');
    });
  });
  const shown = cy.elements(':visible').length;
  const hidden = cy.elements().length - shown;
  const note = $('filter-note');
  if (note) note.textContent = hidden ? `${shown} shown, ${hidden} hidden by the filters` : `${shown} shown`;
}

// narrow is true on a phone-sized screen, where the overlays start folded.
function narrow() { return matchMedia('(max-width: 760px)').matches; }

function showFilters() {
  const f = $('filters');
  const wasOpen = f.querySelector('details');
  const rels = relFilter();
  const bodies = [...new Set([...nb.nodes.values()].map((n) => n.bodyKey || (n.__typename === 'Body' ? n.id : null)).filter((k) => k && k !== '?'))].sort();
  const nameOf = (k) => (nb.bodies.find((b) => b.id === k) || {}).name || k;
  const set = (patch, refetch) => {
    update(patch);
    if (refetch) { render(); return; }
    applyFilters();
  };
  f.replaceChildren(h('details', { open: wasOpen ? wasOpen.open : !narrow() }, h('summary', {}, h('strong', {}, 'Filters')),
    h('fieldset', {}, h('legend', {}, 'Relations'),
      RELATIONS.map((r) => h('label', { style: `--rel: var(--rel-${r.toLowerCase()})`, title: REL_HELP[r] },
        h('input', { type: 'checkbox', value: r, checked: !rels || rels.includes(r), onchange: () => {
          const on = [...f.querySelectorAll('input[type=checkbox]:checked')].map((i) => i.value);
          set({ rel: on.length === RELATIONS.length ? '' : on.join(',') }, true);
        } }), ' ', r.toLowerCase()))),
    h('fieldset', {},
      h('label', {}, 'Body ', h('select', { 'aria-label': 'Body', onchange: (e) => set({ body: e.target.value }) },
        h('option', { value: '' }, 'any'),
        bodies.map((k) => h('option', { value: k, selected: state.body === k }, cut(nameOf(k), 48))))),
      h('label', {}, 'Years ', h('input', { type: 'number', min: 1945, max: 2100, placeholder: 'from', 'aria-label': 'From year', value: state.from || null,
        onchange: (e) => set({ from: e.target.value }) })),
      h('label', {}, '– ', h('input', { type: 'number', min: 1945, max: 2100, placeholder: 'to', 'aria-label': 'To year', value: state.to || null,
        onchange: (e) => set({ to: e.target.value }) })),
      h('label', {}, 'Language ', h('select', { 'aria-label': 'Language of the evidence', onchange: (e) => set({ lang: e.target.value }) },
        h('option', { value: '' }, 'any'),
        LANGS.map((l) => h('option', { value: l, selected: state.lang === l }, LANG_NAME[l])))),
      h('label', {}, 'Per page ', h('select', { 'aria-label': 'Citations fetched each way at a time', onchange: (e) => set({ n: e.target.value === String(PAGE) ? '' : e.target.value }, true) },
        [...new Set([...PAGE_SIZES, pageSize()])].sort((a, b) => a - b).map((n) => h('option', { value: n, selected: pageSize() === n }, String(n)))))),
    h('div', { id: 'filter-note', class: 'muted' })));
  f.hidden = false;
  applyFilters();
}

async function expand(id) {
  if (nb.expanded.has(id) || id.startsWith('more:')) return;
  if (cy.elements().length >= MAX_ELEMENTS) {
    setStatus([h('p', {}, `This view already holds ${cy.elements().length} elements. Open the node on its own to explore further.`),
      h('button', { type: 'button', onclick: () => go({ view: 'nb', id }) }, 'Open it on its own')]);
    return;
  }
  laidOut = false;
  setStatus([h('span', { class: 'spinner', 'aria-hidden': 'true' }), 'Loading its citations…']);
  try {
    await fetchNeighbours(id, 'both', viewAbort.signal);
  } catch (err) {
    if (err.name !== 'AbortError') failed(err, () => expand(id));
    return;
  }
  update({ expand: [...new Set([...state.expand, id])].filter((x) => x !== state.id) });
  await redraw(false);
  showFilters();
  showNodeDetails(id);
}

async function showMore(id, dir) {
  laidOut = false;
  setStatus([h('span', { class: 'spinner', 'aria-hidden': 'true' }), 'Loading more…']);
  try {
    await fetchNeighbours(id, dir, viewAbort.signal);
  } catch (err) {
    if (err.name !== 'AbortError') failed(err, () => showMore(id, dir));
    return;
  }
  await redraw(false);
  showFilters();
  showNodeDetails(id);
}

function neighbourList(title, items) {
  if (!items.length) return null;
  return [h('h3', {}, `${title} (${items.length})`), h('ul', { class: 'neighbours' }, items.map(({ node, rel, edge }) => h('li', {},
    h('span', { class: 'rel', style: `--rel: var(--rel-${rel.toLowerCase()})` }, rel.toLowerCase()), ' ',
    h('button', { type: 'button', class: 'linkish', onclick: () => { selectNode(node.id); } }, inLang('span', null, cut(longName(node), 90))),
    edge.evidence.length ? [' ', h('button', { type: 'button', class: 'passage', 'aria-label': `Read the passage: ${rel.toLowerCase()} ${cut(longName(node), 60)}`,
      onclick: () => { const el = cy.getElementById(edge.id); update({ edge: edge.id, sel: '' }); showEdgeDetails(el); } },
    edge.evidence.length === 1 ? 'passage' : `${edge.evidence.length} passages`)] : null)))];
}

function selectNode(id) {
  update({ sel: id, edge: '' });
  cy.elements().unselect();
  const el = cy.getElementById(id);
  el.select();
  if (el.nonempty()) cy.animate({ center: { eles: el } }, { duration: 200 });
  showNodeDetails(id);
}

function showNodeDetails(id) {
  const n = nb.nodes.get(id);
  if (!n) return;
  cy.elements().unselect();
  cy.getElementById(id).select();
  const page = nb.pages.get(id);
  const out = [...nb.edges.values()].filter((e) => e.source === id).map((e) => ({ node: nb.nodes.get(e.target), rel: e.relation, edge: e }));
  const inn = [...nb.edges.values()].filter((e) => e.target === id).map((e) => ({ node: nb.nodes.get(e.source), rel: e.relation, edge: e }));
  const facts = [];
  const fact = (k, v) => { if (v) facts.push(h('dt', {}, k), h('dd', {}, v)); };
  fact('Id', h('span', { class: 'id' }, n.id));
  if (n.__typename === 'Instrument') {
    fact('Kind', `${KIND_WORD[n.kind]} ${n.number}`);
    fact('Body', n.bodyKey === '?' ? 'not resolved' : bodyButton(n.bodyKey));
    fact('Adopted', n.adopted || (n.year ? String(n.year) : null));
    fact('Session', n.session);
    fact('Texts', n.texts && n.texts.length ? n.texts.map((d) => d.symbol || d.id).join(', ') : 'not in the graph');
    const langs = n.texts ? [...new Set(n.texts.flatMap((d) => d.versions.map((v) => v.lang)))] : [];
    fact('Languages', langs.length ? langs.map((l) => [langSpan(l), ' ']) : null);
  } else if (n.__typename === 'Document') {
    fact('Symbol', n.symbol);
    fact('Type', n.type);
    fact('Date', n.date);
    fact('Body', n.bodyKey ? bodyButton(n.bodyKey) : null);
    fact('Session', n.session ? inLang('span', n.lang, n.session) : null);
    fact('Agenda item', n.agendaItem ? inLang('span', n.lang, n.agendaItem) : null);
    fact('Languages', n.versions && n.versions.length ? n.versions.map((v) => [langSpan(v.lang), ' ']) : (n.versions ? 'not in the graph (only cited)' : null));
    fact('Original', n.originalLang ? LANG_NAME[n.originalLang] || n.originalLang : null);
    fact('Text of', n.textOf && n.textOf.length ? n.textOf.map((i) => longName(i)).join(', ') : null);
  } else if (n.__typename === 'Body') {
    fact('Acronyms', n.acronyms && n.acronyms.join(', '));
    fact('Symbols', n.prefixes && n.prefixes.join(', '));
    fact('Part of', n.parent ? bodyButton(n.parent.id, n.parent.name) : null);
  }
  if (page) {
    if (page.outTotal != null) fact('Cites', `${page.outTotal} (${page.outShown} shown)`);
    if (page.inTotal != null) fact('Cited by', `${page.inTotal} (${page.inShown} shown)`);
  }
  const expanded = nb.expanded.has(id);
  setPanel(
    h('p', { class: 'muted', style: 'margin:0' }, what(n)),
    h('h2', {}, inLang('span', n.__typename === 'Document' ? n.lang : null, n.title || longName(n))),
    n.title && n.__typename === 'Instrument' ? h('p', {}, longName(n)) : null,
    h('dl', {}, facts),
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'primary', onclick: () => go({ view: 'trace', id }) }, 'Trace mandate'),
      id !== state.id ? h('button', { type: 'button', onclick: () => go({ view: 'nb', id }) }, 'Centre here') : null,
      !expanded ? h('button', { type: 'button', onclick: () => expand(id) }, 'Expand (show its citations)') : null,
      page && page.out ? h('button', { type: 'button', onclick: () => showMore(id, 'out') }, `Show ${Math.min(pageSize(), page.outTotal - page.outShown)} more cited`) : null,
      page && page.in ? h('button', { type: 'button', onclick: () => showMore(id, 'in') }, `Show ${Math.min(pageSize(), page.inTotal - page.inShown)} more citing`) : null),
    n.__typename === 'Instrument' && n.established && n.established.length ? [h('h3', {}, 'Established'), h('ul', {}, n.established.map((b) => h('li', {},
      h('button', { type: 'button', class: 'linkish', onclick: () => go({ view: 'trace', id: b.id }) }, b.name), ' — ',
      h('button', { type: 'button', class: 'linkish', onclick: () => go({ view: 'trace', id: b.id }), 'aria-label': `Trace the mandate of ${b.name}` }, 'trace its mandate'))))] : null,
    n.__typename === 'Body' && n.names ? [h('h3', {}, 'Names'), h('ul', { class: 'names' }, n.names.map((x) => h('li', {}, langSpan(x.lang), inLang('span', x.lang, x.name))))] : null,
    neighbourList(n.__typename === 'Body' ? 'Instruments tied to its mandate' : 'Cites', out),
    neighbourList('Cited by', inn),
    !expanded ? h('p', { class: 'muted' }, 'Double-click the node, or press Expand, to load its citations.') : null,
  );
}

function bodyButton(key, name) {
  const b = nb && nb.bodies && nb.bodies.find((x) => x.id === key);
  return h('button', { type: 'button', class: 'linkish', onclick: () => go({ view: 'nb', id: key }) }, name || (b ? b.name : key));
}

function showEdgeDetails(edge) {
  const e = nb.edges.get(edge.id());
  if (!e) return;
  const from = nb.nodes.get(e.source), to = nb.nodes.get(e.target);
  cy.elements().unselect();
  edge.select();
  const evidence = state.lang ? [...e.evidence].sort((a, b) => (b.lang === state.lang) - (a.lang === state.lang)) : e.evidence;
  setPanel(
    h('p', { class: 'muted', style: 'margin:0' }, 'Citation'),
    h('h2', { style: `--rel: var(--rel-${e.relation.toLowerCase()})` },
      cut(longName(from), 80), ' ', h('span', { class: 'rel' }, REL_WORD[e.relation]), ' ', cut(longName(to), 80)),
    h('div', { class: 'actions' },
      h('button', { type: 'button', onclick: () => selectNode(from.id) }, 'Citing: ' + cut(longName(from), 40)),
      h('button', { type: 'button', onclick: () => selectNode(to.id) }, 'Cited: ' + cut(longName(to), 40))),
    h('h3', {}, `Evidence (${e.evidence.length})`),
    e.evidence.length ? evidence.map(evidenceBlock) : h('p', { class: 'muted' }, 'No passage recorded for this tie.'));
}

// ---------- search ----------

function initSearch() {
  const input = $('q');
  const list = $('suggestions');
  let timer = 0, abort = null, hits = [], active = -1;

  const close = () => { list.hidden = true; input.setAttribute('aria-expanded', 'false'); input.removeAttribute('aria-activedescendant'); active = -1; };
  const open = () => { list.hidden = false; input.setAttribute('aria-expanded', 'true'); };
  const mark = (i) => {
    active = i;
    [...list.querySelectorAll('li[role=option]')].forEach((li, j) => li.setAttribute('aria-selected', String(j === i)));
    if (i >= 0) { input.setAttribute('aria-activedescendant', `hit-${i}`); document.getElementById(`hit-${i}`).scrollIntoView({ block: 'nearest' }); }
  };
  const choose = (hit) => {
    close();
    input.value = hit.label;
    go({ view: hit.kind === 'BODY' ? 'trace' : 'nb', id: hit.id, keepQuery: true });
  };
  const describe = (hit) => {
    const n = hit.node;
    switch (hit.kind) {
      case 'BODY': return 'body';
      case 'INSTRUMENT': return n && n.kind ? KIND_WORD[n.kind] : 'instrument';
      default: return n && n.type ? n.type : 'document';
    }
  };
  const sub = (hit) => {
    const n = hit.node || {};
    const bits = [];
    if (hit.kind === 'INSTRUMENT') {
      bits.push(hit.id, n.body && ((n.body.acronyms && n.body.acronyms[0]) || n.body.name));
    }
    if (hit.kind === 'DOCUMENT') bits.push(n.symbol || hit.id, n.date);
    if (hit.kind === 'BODY') bits.push(hit.id, 'opens the trace of its mandate');
    return bits.filter(Boolean).join(' · ');
  };
  const show = (q, result) => {
    list.replaceChildren();
    hits = result.edges.map((e) => e.node);
    if (!hits.length) list.append(h('li', { class: 'note', role: 'presentation' }, `Nothing matches “${q}”.`));
    hits.forEach((hit, i) => list.append(h('li', { id: `hit-${i}`, role: 'option', 'aria-selected': 'false',
      onmousedown: (e) => e.preventDefault(), onclick: () => choose(hit) },
      h('span', { class: 'kind' }, describe(hit)),
      inLang('span', hit.kind === 'DOCUMENT' ? hit.node.lang : null, hit.label, { class: 'label' }),
      h('span', { class: 'sub' }, sub(hit)),
      hit.node && hit.node.established && hit.node.established.length
        ? h('span', { class: 'sub' }, 'established the ' + hit.node.established.map((b) => b.name).join(', ')) : null,
      hit.snippet && hit.snippet !== hit.label ? h('span', { class: 'sub' }, langSpan(hit.lang), inLang('span', hit.lang, hit.snippet)) : null)));
    if (result.totalCount > hits.length) list.append(h('li', { class: 'note', role: 'presentation' }, `${result.totalCount - hits.length} more: type more words to narrow.`));
    open();
    mark(hits.length ? 0 : -1);
  };
  const run = async () => {
    const q = input.value.trim();
    if (abort) abort.abort();
    if (q.length < 2) { close(); return; }
    abort = new AbortController();
    list.replaceChildren(h('li', { class: 'note', role: 'presentation' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), 'Searching…'));
    open();
    try {
      const data = await gql(Q_SEARCH, { q }, abort.signal);
      show(q, data.search);
    } catch (err) {
      if (err.name === 'AbortError') return;
      list.replaceChildren(h('li', { class: 'note', role: 'presentation' }, `Search failed: ${err.message}`));
      open();
    }
  };
  input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(run, 150); });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && !list.hidden) { e.preventDefault(); mark(Math.min(hits.length - 1, active + 1)); }
    else if (e.key === 'ArrowUp' && !list.hidden) { e.preventDefault(); mark(Math.max(0, active - 1)); }
    else if (e.key === 'Enter') {
      e.preventDefault();
      clearTimeout(timer);
      if (!list.hidden && active >= 0 && hits[active]) choose(hits[active]); else run();
    } else if (e.key === 'Escape') close();
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
  input.addEventListener('focus', () => { if (hits.length && input.value.trim().length >= 2) { open(); } });
  document.addEventListener('keydown', (e) => {
    if (e.key === '/' && document.activeElement !== input && !/INPUT|SELECT|TEXTAREA/.test(document.activeElement.tagName)) { e.preventDefault(); input.focus(); input.select(); }
  });
}

// ---------- start ----------

function init() {
  initTheme();
  initSearch();
  $('tab-trace').addEventListener('click', () => { if (state.view !== 'trace') go({ view: 'trace', id: state.id }); });
  $('tab-nb').addEventListener('click', () => { if (state.view !== 'nb') go({ view: 'nb', id: state.id }); });
  window.addEventListener('popstate', () => { state = readURL(); render(); });
  render();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init); else init();
