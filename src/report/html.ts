// The blast-radius map as one self-contained HTML file: the map data (src/report/map.ts) as JSON, the
// styles, and the script that lays it out and draws it (src/report/html-client.js with dagre, bundled at
// build time by scripts/build-map.mjs). Nothing is fetched: no external script, style, font or image, and
// a Content-Security-Policy that admits only this page's own script and style (by hash) and forbids every
// request. A pure function of the map data, like every reporter; the data holds previews, never a secret.
import { createHash } from 'node:crypto';
import { VERSION } from '../version.js';
import { MAP_SCRIPT } from './html-client.generated.js';
import type { MapModel } from './map.js';

/** Text for an HTML text node or a double-quoted attribute. */
export function htmlText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** JSON inside `<script type="application/json">`: no `<` at all, so nothing can close the element. */
function scriptJson(v: unknown): string {
  return JSON.stringify(v)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

const hash = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

const STYLE = `
:root{color-scheme:light dark;--bg:#fff;--fg:#1b1f24;--muted:#57606a;--line:#d0d7de;--panel:#f6f8fa;--edge:#8c959f;
--critical:#b3261e;--high:#c2410c;--medium:#9a6700;--low:#0969da;--destroy:#d1242f;--prod:#8250df;--hl:#0969da;
font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
@media (prefers-color-scheme:dark){:root{--bg:#0d1117;--fg:#e6edf3;--muted:#9198a1;--line:#30363d;--panel:#161b22;--edge:#6e7681;
--critical:#ff7b72;--high:#ffa657;--medium:#d29922;--low:#58a6ff;--destroy:#ff6a69;--prod:#d2a8ff;--hl:#58a6ff}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);display:flex;flex-direction:column;height:100vh}
header{padding:10px 16px;border-bottom:1px solid var(--line)}
h1{font-size:18px;margin:0}
.sub{margin:2px 0 6px;color:var(--muted)}
.legend{list-style:none;display:flex;flex-wrap:wrap;gap:4px 14px;margin:0;padding:0;color:var(--muted);font-size:12px}
.legend span{display:inline-block;width:14px;height:10px;margin-right:4px;border-radius:2px;vertical-align:middle}
.sw-critical{background:var(--critical)}.sw-high{background:var(--high)}.sw-medium{background:var(--medium)}.sw-low{background:var(--low)}
.sw-destroy{background:var(--destroy);height:3px!important}.sw-prod{border:2px solid var(--prod)}.sw-backups{border:3px double var(--destroy)}
main{flex:1;display:flex;min-height:0}
nav{width:320px;min-width:240px;border-right:1px solid var(--line);display:flex;flex-direction:column;background:var(--panel)}
.controls{padding:8px;display:grid;gap:6px}
.controls label{display:grid;gap:2px;font-size:12px;color:var(--muted)}
.controls input,.controls select{width:100%}
input,select,button{font:inherit;color:inherit;background:var(--bg);border:1px solid var(--line);border-radius:4px;padding:3px 6px}
button{cursor:pointer}
:focus-visible{outline:3px solid var(--hl);outline-offset:1px}
#count{margin:0;padding:0 8px 6px;font-size:12px;color:var(--muted)}
#list{list-style:none;margin:0;padding:0 4px 8px;overflow:auto;flex:1}
.cred{width:100%;text-align:left;display:grid;grid-template-columns:auto 1fr;gap:0 6px;margin:2px 0;border-left:4px solid var(--muted)}
.cred .where{grid-column:2;color:var(--muted);font-size:12px;overflow-wrap:anywhere}
.cred .what{overflow-wrap:anywhere}
.cred[aria-pressed=true]{background:var(--panel);border-color:var(--hl)}
.badge{font-size:11px;font-weight:700;text-transform:uppercase;padding:0 4px;border-radius:3px;color:#fff;background:var(--muted);align-self:start}
.sev-critical .badge,.badge.sev-critical{background:var(--critical)}.sev-high .badge,.badge.sev-high{background:var(--high)}
.sev-medium .badge,.badge.sev-medium{background:var(--medium)}.sev-low .badge,.badge.sev-low{background:var(--low)}
.cred.sev-critical{border-left-color:var(--critical)}.cred.sev-high{border-left-color:var(--high)}.cred.sev-medium{border-left-color:var(--medium)}.cred.sev-low{border-left-color:var(--low)}
@media (prefers-color-scheme:dark){.badge{color:#0d1117}}
#view{flex:1;display:flex;flex-direction:column;min-width:0}
.toolbar{display:flex;gap:6px;align-items:center;padding:6px 8px;border-bottom:1px solid var(--line)}
#canvas{flex:1;overflow:auto}
.loading{padding:16px;color:var(--muted)}
#map{display:block}
#map text{font-size:11px;fill:var(--fg);pointer-events:none}
.group rect{fill:var(--panel);stroke:var(--line)}
.group text{fill:var(--muted)!important;font-weight:600}
.node rect{fill:var(--bg);stroke:var(--edge);stroke-width:1}
.kind-file rect{fill:var(--panel)}
.kind-credential{cursor:pointer}
.kind-credential rect{stroke-width:2.5}
.kind-credential.sev-critical rect{stroke:var(--critical);fill:color-mix(in srgb,var(--critical) 14%,var(--bg))}
.kind-credential.sev-high rect{stroke:var(--high);fill:color-mix(in srgb,var(--high) 12%,var(--bg))}
.kind-credential.sev-medium rect{stroke:var(--medium)}
.kind-credential.sev-low rect{stroke:var(--low)}
.kind-credential text{font-weight:600}
.kind-account rect{stroke-width:1.5}
.node.prod rect{stroke:var(--prod);stroke-width:3}
.node.prod text{font-weight:700}
.kind-environment.prod rect{fill:color-mix(in srgb,var(--prod) 16%,var(--bg))}
.kind-resource rect{stroke:var(--destroy)}
.node.backups rect{stroke-width:4;stroke-dasharray:6 2}
.edge path{fill:none;stroke:var(--edge);stroke-width:1.2}
.edge.destroy path{stroke:var(--destroy);stroke-width:2.2}
.edge.backups path{stroke-width:3.2}
.edge text{fill:var(--destroy)!important;font-size:10px}
.arrow{fill:var(--edge)}.arrow.destroy{fill:var(--destroy)}
.hidden{display:none}
#map.focused .node:not(.hl),#map.focused .edge:not(.hl){opacity:.18}
.edge.hl path{stroke-width:3}
.node.selected rect{stroke:var(--hl);stroke-width:4}
g.kind-credential:focus{outline:none}
g.kind-credential:focus-visible rect{stroke:var(--hl);stroke-width:4}
#detail{width:380px;border-left:1px solid var(--line);padding:10px 14px;overflow:auto;background:var(--panel);position:relative}
#detail h2{font-size:16px;margin:0 28px 6px 0}
#detail h3{font-size:13px;margin:12px 0 4px}
#detail ul{margin:0;padding-left:18px}
#detail li{margin:2px 0;overflow-wrap:anywhere}
#detail .close{position:absolute;right:8px;top:8px}
.remediation li{font-weight:500}
.accepted{color:var(--muted)}
code{font:12px ui-monospace,SFMono-Regular,Menlo,monospace}
footer{padding:4px 16px;border-top:1px solid var(--line);color:var(--muted);font-size:12px}
#print{display:none}
@media print{:root{--bg:#fff;--fg:#000;--panel:#fff;color-scheme:light}
body{display:block;height:auto}nav,.toolbar,#detail{display:none!important}
#canvas{overflow:visible}#map{width:100%!important;height:auto!important}
#map.focused .node,#map.focused .edge{opacity:1!important}
#print{display:block;padding:0 16px}#print h3{font-size:13px;margin:10px 0 2px}#print p{margin:0}}
`;

/** The whole page. `model` holds no secret (src/report/map.ts). */
export function toHtml(model: MapModel): string {
  if (MAP_SCRIPT.includes('</script')) throw new Error('the map script holds "</script": it cannot be inlined');
  const data = scriptJson(model);
  const csp = `default-src 'none'; script-src ${hash(MAP_SCRIPT)}; style-src ${hash(STYLE)}; worker-src blob:; img-src data:; base-uri 'none'; form-action 'none'`;
  const n = model.credentials.length;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="generator" content="agent-blast-radius ${htmlText(VERSION)}">
<title>${htmlText(model.title)}</title>
<link rel="icon" href="data:,">
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${htmlText(model.title)}</h1>
<p class="sub">${htmlText(model.subtitle)}${model.revoked ? ` · ${model.revoked} revoked (not drawn)` : ''}</p>
<ul class="legend" aria-label="Legend">
<li><span class="sw-critical"></span>critical</li><li><span class="sw-high"></span>high</li><li><span class="sw-medium"></span>medium</li><li><span class="sw-low"></span>low</li>
<li><span class="sw-destroy"></span>destroy primitive (red edge)</li><li><span class="sw-prod"></span>production</li><li><span class="sw-backups"></span>destroys its backups too</li>
<li>${model.grouping === 'repository' ? 'files grouped by repository' : 'files grouped by folder'} → credentials → accounts and projects → environments → resources</li>
</ul>
</header>
<main>
<nav aria-label="Credentials">
<div class="controls" role="search">
<label>Search (press /) <input id="q" type="search" placeholder="path, variable, provider, rule…" autocomplete="off"></label>
<label>Rule <select id="f-rule" data-key="rule"><option value="">every rule</option></select></label>
<label>Provider <select id="f-provider" data-key="provider"><option value="">every provider</option></select></label>
<label>Environment (sits in or reaches) <select id="f-environment" data-key="environment"><option value="">every environment</option></select></label>
</div>
<p id="count" role="status">${n} credentials</p>
<ul id="list"></ul>
</nav>
<section id="view" aria-label="Map">
<div class="toolbar"><button type="button" id="zoom-out" aria-label="Zoom out">−</button><span id="zoom-level">100%</span><button type="button" id="zoom-in" aria-label="Zoom in">+</button><button type="button" id="zoom-fit">Fit</button></div>
<div id="canvas"><p class="loading">${n ? `Laying out ${model.nodes.length} nodes…` : 'No credential an agent can read was found.'}</p></div>
</section>
<aside id="detail" hidden aria-live="polite" aria-label="Credential details"></aside>
</main>
<section id="print" aria-hidden="true"></section>
<footer>agent-blast-radius ${htmlText(VERSION)} · previews only, never a secret · click or press Enter on a credential for its rules, certainty, places and remediation · Esc closes</footer>
<script type="application/json" id="abr-data">${data}</script>
<script>${MAP_SCRIPT}</script>
</body>
</html>
`;
}
