// The blast-radius map's script, run in the browser from the one HTML file src/report/html.ts writes.
// scripts/build-map.mjs bundles it with dagre (the layout) into src/report/html-client.generated.ts at
// build time. It reads the map data from the page, never the network; it writes text with textContent
// only (file names come from the scanned tree), and styles with classes (the page's CSP allows no inline
// style attribute).
import { graphlib, layout } from '@dagrejs/dagre';

const SVG = 'http://www.w3.org/2000/svg';
const IN_WORKER = typeof document === 'undefined';
if (IN_WORKER) self.onmessage = (e) => self.postMessage(runLayout(e.data));
const SOURCE = IN_WORKER ? '' : document.currentScript.textContent;
const data = IN_WORKER ? { credentials: [], nodes: [], edges: [], filters: { rules: [], providers: [], environments: [] } } : JSON.parse(document.getElementById('abr-data').textContent);
const creds = data.credentials;
const $ = (id) => document.getElementById(id);
const state = { rule: '', provider: '', environment: '', q: '', selected: -1, scale: 1, fitted: true };
const nodeEls = new Map();
const edgeEls = [];
const listEls = [];
let size = { width: 0, height: 0 };

function el(tag, attrs = {}, text) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

function svg(tag, attrs = {}, text) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

const place = (l) => `${data.grouping === 'repository' ? `${l.group}: ` : ''}${l.path}:${l.line}${l.commit ? ` (history: ${l.commit})` : ''}`;

// Everything a search matches: the credential's words, its places and what it reaches.
const haystack = creds.map((c) =>
  [c.issuer, c.provider, c.tokenKind, c.variable ?? '', c.redacted, c.severity, ...c.rules.flatMap((r) => [r.id, r.name]), ...c.locations.map(place), ...c.reach, ...c.environments]
    .join('\n')
    .toLowerCase(),
);

function shown(i) {
  const c = creds[i];
  if (state.rule && !c.rules.some((r) => r.id === state.rule)) return false;
  if (state.provider && c.provider !== state.provider) return false;
  if (state.environment) {
    const e = state.environment;
    const sits = c.locations.some((l) => (l.environment ?? 'unknown') === e);
    if (!sits && !c.environments.includes(e) && !(c.environments.includes('*') && e !== 'unknown')) return false;
  }
  return !state.q || haystack[i].includes(state.q);
}

// ---- filters, search and the list: drawn first, before the layout runs ----

function fillSelect(id, options) {
  const s = $(id);
  for (const [value, label] of options) s.append(el('option', { value }, label));
  s.addEventListener('change', () => {
    state[s.dataset.key] = s.value;
    apply();
  });
}

function visibleOrder() {
  return creds.map((_, i) => i).filter(shown);
}

/** ArrowUp/ArrowDown walk the credentials (the list, or the map's credential nodes); Home/End jump. */
function moveFocus(e, i) {
  const order = visibleOrder();
  const at = order.indexOf(i);
  let next;
  if (e.key === 'ArrowDown' || e.key === 'ArrowRight') next = order[Math.min(order.length - 1, at + 1)];
  else if (e.key === 'ArrowUp' || e.key === 'ArrowLeft') next = order[Math.max(0, at - 1)];
  else if (e.key === 'Home') next = order[0];
  else if (e.key === 'End') next = order[order.length - 1];
  else return;
  e.preventDefault();
  const inMap = e.currentTarget instanceof SVGElement;
  const target = inMap ? nodeEls.get(creds[next].node) : listEls[next].firstChild;
  target?.focus();
  if (inMap) target?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

// ---- the detail panel ----

function section(title, items) {
  const s = el('section');
  s.append(el('h3', {}, title));
  const ul = el('ul');
  for (const item of items) ul.append(item instanceof Node ? item : el('li', {}, item));
  s.append(ul);
  return s;
}

function select(i) {
  state.selected = i;
  const c = creds[i];
  const panel = $('detail');
  panel.replaceChildren();
  const close = el('button', { type: 'button', class: 'close', 'aria-label': 'Close the details' }, '×');
  close.addEventListener('click', () => select(-1));
  // The panel takes room from the map: a map fitted to the view stays fitted.
  const refit = () => {
    if (state.fitted) fitToView();
  };
  if (i < 0) {
    panel.hidden = true;
    refit();
    highlight();
    return;
  }
  panel.hidden = false;
  refit();
  const h = el('h2');
  h.append(el('span', { class: `badge sev-${c.severity}` }, c.severity), document.createTextNode(` ${c.issuer} ${c.tokenKind}`));
  panel.append(close, h);
  const facts = el('p', { class: 'facts' });
  facts.append(el('code', {}, c.redacted), document.createTextNode(` · ${c.variable ? `${c.variable} · ` : ''}status ${c.status}${c.identity ? ` · ${c.identity}` : ''}`));
  panel.append(facts);
  if (c.accepted) panel.append(el('p', { class: 'accepted' }, `Accepted on purpose: ${c.accepted}`));
  panel.append(
    section(
      'Rules',
      c.rules.map((r) => {
        const li = el('li');
        li.append(el('strong', {}, `${r.id} ${r.name}`), document.createTextNode(` (${r.band}, ${r.certainty}) `), el('span', {}, r.message));
        return li;
      }),
    ),
  );
  const certainty = section(`Certainty: ${c.certainty}`, c.inferred);
  certainty.insertBefore(el('p', {}, c.basis), certainty.lastChild);
  panel.append(certainty);
  panel.append(section(`Locations (${c.locations.length})`, c.locations.map(place)));
  panel.append(section('Reaches', [...c.reach, ...c.environments.map((e) => `environment: ${e === '*' ? 'every environment (production included)' : e}`)]));
  if (c.destroy.length)
    panel.append(
      section(
        'Can destroy',
        c.destroy.map((d) => `${d.text}${d.backups ? ' — and its backups' : ''} (${d.certainty})`),
      ),
    );
  const fix = section('Remediation', []);
  fix.className = 'remediation';
  for (const r of c.remediation) fix.lastChild.append(el('li', {}, r));
  panel.append(fix);
  highlight();
  for (const li of listEls) li.firstChild.setAttribute('aria-pressed', String(li === listEls[i]));
  close.focus({ preventScroll: true });
}

// ---- the map ----

const MAX_LABEL = 46;
const short = (s) => (s.length > MAX_LABEL ? `${s.slice(0, MAX_LABEL - 1)}…` : s);

function labelOf(n) {
  if (n.kind === 'resource' && n.backups) return `${n.label} + backups`;
  return n.label;
}

/** What dagre lays out: every node (folders too: a folder is the first column, its files the second). */
function layoutInput() {
  const nodes = data.nodes.map((n) => ({ id: n.id, width: Math.min(320, 16 + 6.4 * short(labelOf(n)).length), height: n.kind === 'credential' ? 30 : 24 }));
  const edges = [...data.nodes.filter((n) => n.parent).map((n) => ({ from: n.parent, to: n.id, weight: 4 })), ...data.edges.map((e) => ({ from: e.from, to: e.to, weight: e.destroy ? 2 : 1 }))];
  return { nodes, edges };
}

function draw(result) {
  if (!data.nodes.length) return;
  const pos = new Map(data.nodes.map((n, i) => [n.id, result.nodes[i]]));
  size = { width: Math.ceil(result.width), height: Math.ceil(result.height) };

  const root = svg('svg', { id: 'map', viewBox: `0 0 ${size.width} ${size.height}`, role: 'group', 'aria-label': 'The blast-radius map' });
  const defs = svg('defs');
  for (const [id, cls] of [
    ['arrow', 'arrow'],
    ['arrow-destroy', 'arrow destroy'],
  ]) {
    const m = svg('marker', { id, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' });
    m.append(svg('path', { d: 'M0,0 L10,5 L0,10 z', class: cls }));
    defs.append(m);
  }
  root.append(defs);
  const edges = svg('g', { class: 'edges' });
  const nodes = svg('g', { class: 'nodes' });
  root.append(edges, nodes);
  const path = (pts) => pts.map((p, i) => `${i ? 'L' : 'M'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');

  const input = layoutInput();
  input.edges.forEach((le, k) => {
    const pts = result.edges[k];
    const e = k < input.edges.length - data.edges.length ? undefined : data.edges[k - (input.edges.length - data.edges.length)];
    if (!e) {
      // A folder to its file: a thin line, no arrow.
      const ge = svg('g', { class: 'edge contains', 'data-from': le.from, 'data-to': le.to });
      ge.append(svg('path', { d: path(pts) }));
      edges.append(ge);
      edgeEls.push({ e: { from: le.from, to: le.to, contains: true }, el: ge });
      return;
    }
    const ge = svg('g', { class: `edge${e.destroy ? ' destroy' : ''}${e.backups ? ' backups' : ''}`, 'data-from': e.from, 'data-to': e.to, 'data-credentials': e.credentials.join(' ') });
    ge.append(svg('path', { d: path(pts), 'marker-end': `url(#${e.destroy ? 'arrow-destroy' : 'arrow'})` }));
    if (e.destroy) {
      const mid = pts[Math.floor(pts.length / 2)];
      ge.append(svg('title', {}, `destroy: ${e.destroy.join(', ')}${e.backups ? ' (and the backups)' : ''}`));
      ge.append(svg('text', { x: mid.x, y: mid.y - 4, 'text-anchor': 'middle' }, short(e.destroy.join(', '))));
    }
    edges.append(ge);
    edgeEls.push({ e, el: ge });
  });
  for (const n of data.nodes) {
    const p = pos.get(n.id);
    const cls = ['node', `kind-${n.kind}`];
    if (n.severity) cls.push(`sev-${n.severity}`);
    if (n.production) cls.push('prod');
    if (n.backups) cls.push('backups');
    const gn = svg('g', { class: cls.join(' '), 'data-node': n.id, transform: `translate(${(p.x - p.width / 2).toFixed(1)},${(p.y - p.height / 2).toFixed(1)})` });
    const label = n.kind === 'group' && n.label === '.' ? './ (the root)' : labelOf(n);
    gn.append(svg('title', {}, label));
    gn.append(svg('rect', { width: p.width, height: p.height, rx: n.kind === 'credential' ? 4 : n.kind === 'environment' ? 12 : 2 }));
    gn.append(svg('text', { x: 8, y: p.height / 2 + 4 }, short(label)));
    if (n.credential !== undefined) {
      const i = n.credential;
      const c = creds[i];
      gn.setAttribute('tabindex', '0');
      gn.setAttribute('role', 'button');
      gn.setAttribute('data-credential', String(i));
      gn.setAttribute('aria-label', `${c.severity}: ${c.issuer} ${c.tokenKind}${c.variable ? ` in ${c.variable}` : ''}, ${place(c.locations[0])}`);
      gn.addEventListener('click', () => select(i));
      gn.addEventListener('keydown', (e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          select(i);
        } else moveFocus(e, i);
      });
    }
    nodes.append(gn);
    nodeEls.set(n.id, gn);
  }
  $('canvas').replaceChildren(root);
  fitToView();
  apply();
}

// ---- visibility and highlight ----

function apply() {
  const on = creds.map((_, i) => shown(i));
  let n = 0;
  listEls.forEach((li, i) => {
    li.hidden = !on[i];
    if (on[i]) n++;
  });
  $('count').textContent = `${n} of ${creds.length} credentials shown`;
  if (edgeEls.length || nodeEls.size) {
    const live = new Set();
    for (const { e, el: ge } of edgeEls) {
      if (e.contains) continue;
      const v = e.credentials.some((i) => on[i]);
      ge.classList.toggle('hidden', !v);
      if (v) live.add(e.from).add(e.to);
    }
    for (const { e, el: ge } of edgeEls) if (e.contains) ge.classList.toggle('hidden', !live.has(e.to));
    for (const nd of data.nodes) {
      const ne = nodeEls.get(nd.id);
      if (!ne) continue;
      const v = nd.credential !== undefined ? on[nd.credential] : nd.kind === 'group' ? data.nodes.some((x) => x.parent === nd.id && live.has(x.id)) : live.has(nd.id);
      ne.classList.toggle('hidden', !v);
    }
  }
  if (state.selected >= 0 && !on[state.selected]) select(-1);
  else highlight();
}

function highlight() {
  const i = state.selected;
  const root = $('map');
  if (!root) return;
  root.classList.toggle('focused', i >= 0);
  const hot = new Set();
  if (i >= 0) for (const { e } of edgeEls) if (!e.contains && e.credentials.includes(i)) hot.add(e.from).add(e.to);
  for (const { e, el: ge } of edgeEls) {
    const h = i >= 0 && (e.contains ? hot.has(e.to) : e.credentials.includes(i));
    ge.classList.toggle('hl', h);
    if (h) hot.add(e.from).add(e.to);
  }
  for (const [id, ne] of nodeEls) ne.classList.toggle('hl', hot.has(id));
  if (i >= 0) nodeEls.get(creds[i].node)?.classList.add('selected');
  for (const [id, ne] of nodeEls) if (i < 0 || id !== creds[i].node) ne.classList.remove('selected');
}

// ---- zoom ----

function zoom(s) {
  state.scale = Math.max(0.05, Math.min(4, s));
  const root = $('map');
  if (!root) return;
  root.setAttribute('width', String(Math.round(size.width * state.scale)));
  root.setAttribute('height', String(Math.round(size.height * state.scale)));
  $('zoom-level').textContent = `${Math.round(state.scale * 100)}%`;
}

function fitToView() {
  if (!size.width) return;
  const box = $('canvas').getBoundingClientRect();
  zoom(Math.min(1, (box.width - 8) / size.width, Math.max(0.35, (box.height - 8) / size.height)));
  state.fitted = true;
}

// ---- print: every credential's details, since nothing can be clicked on paper ----

function printable() {
  const out = $('print');
  if (out.childElementCount) return;
  for (const c of creds) {
    const s = el('section');
    s.append(el('h3', {}, `${c.severity} · ${c.issuer} ${c.tokenKind}${c.variable ? ` ${c.variable}` : ''} · ${c.redacted}`));
    s.append(el('p', {}, c.rules.map((r) => `${r.id} ${r.name} (${r.certainty})`).join(' · ')));
    s.append(el('p', {}, `Where: ${c.locations.map(place).join(', ')}`));
    s.append(el('p', {}, `Fix: ${c.remediation.join(' ')}`));
    out.append(s);
  }
}

/** Lays the graph out with dagre: network simplex for a small map, the faster tight tree for a large one. */
function runLayout(input) {
  const g = new graphlib.Graph();
  g.setGraph({ rankdir: 'LR', nodesep: 8, ranksep: 60, edgesep: 4, marginx: 16, marginy: 16, ranker: input.nodes.length > 400 ? 'tight-tree' : 'network-simplex' });
  g.setDefaultEdgeLabel(() => ({}));
  for (const n of input.nodes) g.setNode(n.id, { width: n.width, height: n.height });
  for (const e of input.edges) g.setEdge(e.from, e.to, { weight: e.weight });
  layout(g);
  const { width, height } = g.graph();
  return {
    width,
    height,
    nodes: input.nodes.map((n) => {
      const p = g.node(n.id);
      return { x: p.x, y: p.y, width: p.width, height: p.height };
    }),
    edges: input.edges.map((e) => g.edge(e.from, e.to).points.map((p) => ({ x: p.x, y: p.y }))),
  };
}

function drawn(result) {
  draw(result);
  performance.mark('abr-map-drawn');
  document.documentElement.dataset.ready = 'true';
}

/**
 * The list paints first. The layout runs in a worker made from this same script (a blob: URL, which the
 * page's CSP admits as a worker and nothing else), so the page answers clicks, filters and search while a
 * large map is laid out; where no worker can start, it runs here after the first frame.
 */
function start() {
  const input = layoutInput();
  if (!input.nodes.length) return drawn({ width: 0, height: 0, nodes: [], edges: [] });
  try {
    const url = URL.createObjectURL(new Blob([SOURCE], { type: 'text/javascript' }));
    const worker = new Worker(url);
    worker.onmessage = (e) => {
      worker.terminate();
      URL.revokeObjectURL(url);
      drawn(e.data);
    };
    worker.onerror = (e) => {
      e.preventDefault();
      worker.terminate();
      drawn(runLayout(input));
    };
    worker.postMessage(input);
  } catch {
    requestAnimationFrame(() => setTimeout(() => drawn(runLayout(input)), 0));
  }
}

/** The page: filters, search, the list, keys, zoom and print; then the map. */
function main() {
  fillSelect(
    'f-rule',
    data.filters.rules.map((r) => [r.id, `${r.id} ${r.name}`]),
  );
  fillSelect(
    'f-provider',
    data.filters.providers.map((p) => [p.id, p.name]),
  );
  fillSelect(
    'f-environment',
    data.filters.environments.map((e) => [e, e === '*' ? 'every environment' : e]),
  );
  $('q').addEventListener('input', (e) => {
    state.q = e.target.value.trim().toLowerCase();
    apply();
  });

  const list = $('list');
  creds.forEach((c, i) => {
    const b = el('button', { type: 'button', class: `cred sev-${c.severity}`, 'data-credential': String(i) });
    b.append(
      el('span', { class: 'badge' }, c.severity),
      el('span', { class: 'what' }, `${c.issuer} ${c.tokenKind}${c.variable ? ` ${c.variable}` : ''}`),
      el('span', { class: 'where' }, place(c.locations[0])),
    );
    b.addEventListener('click', () => select(i));
    b.addEventListener('keydown', (e) => moveFocus(e, i));
    const li = el('li');
    li.append(b);
    list.append(li);
    listEls.push(li);
  });

  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && state.selected >= 0) select(-1);
    else if (e.key === '/' && document.activeElement?.tagName !== 'INPUT') {
      e.preventDefault();
      $('q').focus();
    }
  });

  $('zoom-in').addEventListener('click', () => {
    zoom(state.scale * 1.25);
    state.fitted = false;
  });
  $('zoom-out').addEventListener('click', () => {
    zoom(state.scale / 1.25);
    state.fitted = false;
  });
  $('zoom-fit').addEventListener('click', fitToView);

  window.addEventListener('beforeprint', printable);

  requestAnimationFrame(() => setTimeout(start, 0));
}

if (!IN_WORKER) main();
