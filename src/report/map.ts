// The blast-radius map as data: files (grouped by folder, or by repository for an organisation) →
// credentials → the accounts and projects they reach → environments → the resources their destroy
// primitives reach. A pure function of a scan report or an organisation report; src/report/html.ts draws
// it. Everything here is already redacted (previews, fingerprints, words from src/report/messages.ts):
// the map holds no secret.
import { type Band, RULE_BY_ID, severityOf } from '../context/rules.js';
import { isProduction } from '../context/environment.js';
import type { Certainty, Location, Resource, Result, RuleId, ScanReport, Scope } from '../types.js';
import { historySummary, inferredDetail, issuerName, message, providerName, tokenKindOf, unreportedSummary, deadlineSummary } from './messages.js';
import { describeDestroys, describeResource } from './resources.js';

export type NodeKind = 'group' | 'file' | 'credential' | 'account' | 'environment' | 'resource';

export interface MapNode {
  id: string;
  kind: NodeKind;
  label: string;
  /** The folder or repository a file sits in (a `group` node's id). */
  parent?: string;
  /** A credential's band. */
  severity?: Band;
  /** Production, or every environment (production included). */
  production?: boolean;
  /** A resource whose destroy primitive takes its backups with it. */
  backups?: boolean;
  /** A credential's index in `credentials`. */
  credential?: number;
}

export interface MapEdge {
  from: string;
  to: string;
  /** The destroy primitives this edge stands for (drawn red). */
  destroy?: string[];
  /** One of them takes the backups too. */
  backups?: boolean;
  /** The credentials whose reach this edge is part of (indices in `credentials`). */
  credentials: number[];
}

export interface MapRule {
  id: RuleId;
  name: string;
  band: Band;
  certainty: Certainty;
  message: string;
}

export interface MapPlace {
  /** The folder or repository. */
  group: string;
  path: string;
  line: number;
  column: number;
  commit?: string;
  environment?: string;
}

/** What a credential is, the same in the map's input and its model. */
interface CredentialIdentity {
  provider: string;
  issuer: string;
  tokenKind: string;
  variable?: string;
  redacted: string;
  fingerprint: string;
  rules: MapRule[];
  remediation: string[];
  accepted?: string;
}

export interface MapCredential extends CredentialIdentity {
  node: string;
  severity: Band;
  score: number;
  certainty: Certainty;
  /** How the verdicts were reached: online and confirmed by the provider, or inferred and from what. */
  basis: string;
  inferred: string[];
  status: Scope['status'];
  identity?: string;
  reach: string[];
  environments: string[];
  destroy: Array<{ text: string; backups: boolean; certainty: Certainty }>;
  locations: MapPlace[];
}

export interface MapModel {
  title: string;
  /** One line: what was scanned, how it was resolved. */
  subtitle: string;
  /** What files are grouped by. */
  grouping: 'folder' | 'repository';
  credentials: MapCredential[];
  nodes: MapNode[];
  edges: MapEdge[];
  filters: { rules: Array<{ id: RuleId; name: string }>; providers: Array<{ id: string; name: string }>; environments: string[] };
  /** Revoked credentials fire no rule and are not drawn: counted. */
  revoked: number;
}

/** One credential as the map needs it, from a scan report or an organisation report (src/audit/map.ts). */
export interface CredentialInput extends CredentialIdentity {
  scope: Scope;
  inferred?: string;
  places: MapPlace[];
}

const ALL = '*';

/** An environment name as the map shows it. */
export function environmentLabel(env: string): string {
  return env === ALL ? 'every environment (production included)' : env;
}

/** Whether a resource, or what it sits within, belongs to production or to every environment. */
function environmentOf(r: Resource | undefined): string | undefined {
  for (let x = r; x; x = x.within) if (x.environment) return x.environment;
  return undefined;
}

const productionLike = (env: string | undefined) => env !== undefined && (env === ALL || isProduction(env));

/** The folder a path sits in: `.` for the root, `~` for home stores, the environment for variables. */
export function folderOf(path: string): string {
  if (path.startsWith('env:')) return 'environment variables';
  const i = path.lastIndexOf('/');
  return i < 0 ? '.' : path.slice(0, i);
}

class Builder {
  nodes: MapNode[] = [];
  edges: MapEdge[] = [];
  private ids = new Map<string, MapNode>();
  private edgeIds = new Map<string, MapEdge>();

  node(key: string, make: () => Omit<MapNode, 'id'>): MapNode {
    let n = this.ids.get(key);
    if (!n) {
      n = { id: `n${this.ids.size}`, ...make() };
      this.ids.set(key, n);
      this.nodes.push(n);
    }
    return n;
  }

  edge(from: MapNode, to: MapNode, credential: number, destroy?: { action: string; backups: boolean }) {
    const key = `${from.id}>${to.id}`;
    let e = this.edgeIds.get(key);
    if (!e) {
      e = { from: from.id, to: to.id, credentials: [] };
      this.edgeIds.set(key, e);
      this.edges.push(e);
    }
    if (!e.credentials.includes(credential)) e.credentials.push(credential);
    if (destroy) {
      e.destroy = [...new Set([...(e.destroy ?? []), destroy.action])];
      if (destroy.backups) e.backups = true;
    }
  }
}

export function buildMap(title: string, subtitle: string, grouping: MapModel['grouping'], inputs: CredentialInput[], revoked: number): MapModel {
  const b = new Builder();
  // Most severe first, then by first place: the list, the tab order and the layout follow it.
  const sorted = inputs.map((c) => ({ c, sev: severityOf(c.rules.map((r) => r.id)) })).sort((x, y) => y.sev.score - x.sev.score || placeKey(x.c.places[0]).localeCompare(placeKey(y.c.places[0])));
  const credentials: MapCredential[] = [];
  for (const { c, sev } of sorted) {
    const index = credentials.length;
    const s = c.scope;
    const node = b.node(`credential:${c.fingerprint}`, () => ({
      kind: 'credential',
      label: `${c.issuer} ${c.tokenKind}${c.variable ? ` ${c.variable}` : ''}`,
      severity: sev.band,
      credential: index,
    }));
    for (const p of c.places) {
      const group = b.node(`group:${p.group}`, () => ({ kind: 'group', label: p.group }));
      const file = b.node(`file:${p.group}\0${p.path}`, () => ({ kind: 'file', label: grouping === 'folder' ? baseName(p.path) : p.path, parent: group.id }));
      b.edge(file, node, index);
    }
    // The accounts and projects: each resource the scope reaches; the first is the hub environments hang off.
    const accounts = s.reach.resources.map((r) =>
      b.node(`account:${c.provider}:${r.key ?? describeResource(r)}`, () => ({
        kind: 'account',
        label: `${providerName(c.provider)}: ${describeResource(r)}`,
        production: productionLike(environmentOf(r)),
      })),
    );
    for (const a of accounts) b.edge(node, a, index);
    const hub = accounts[0] ?? node;
    const envNodes = new Map<string, MapNode>();
    for (const env of s.reach.environments) {
      const e = b.node(`environment:${hub.id}:${env}`, () => ({ kind: 'environment', label: environmentLabel(env), production: productionLike(env) }));
      envNodes.set(env, e);
      b.edge(hub, e, index);
    }
    for (const d of s.destroy) {
      const env = environmentOf(d.target);
      const target = b.node(`resource:${c.provider}:${describeResource(d.target)}`, () => ({ kind: 'resource', label: describeResource(d.target), production: productionLike(env) }));
      if (d.destroysBackups) target.backups = true;
      const from = (env && envNodes.get(env)) || (env && env !== ALL ? undefined : envNodes.get(ALL)) || hub;
      b.edge(from, target, index, { action: d.action, backups: d.destroysBackups });
    }
    const inferred = c.rules.some((r) => r.certainty === 'inferred');
    credentials.push({
      node: node.id,
      provider: c.provider,
      issuer: c.issuer,
      tokenKind: c.tokenKind,
      ...(c.variable ? { variable: c.variable } : {}),
      redacted: c.redacted,
      fingerprint: c.fingerprint,
      severity: sev.band,
      score: sev.score,
      rules: c.rules,
      certainty: inferred ? 'inferred' : 'confirmed',
      basis: basisOf(s, inferred, c.inferred),
      inferred: s.inferred,
      status: s.status,
      ...(s.identity ? { identity: s.identity } : {}),
      reach: s.reach.resources.map(describeResource),
      environments: s.reach.environments,
      destroy: describeDestroysWithBackups(s),
      locations: c.places,
      remediation: c.remediation,
      ...(c.accepted ? { accepted: c.accepted } : {}),
    });
  }
  const rules = [...new Set(credentials.flatMap((c) => c.rules.map((r) => r.id)))].sort().map((id) => ({ id, name: RULE_BY_ID.get(id)!.name }));
  const providers = [...new Set(credentials.map((c) => c.provider))].sort().map((id) => ({ id, name: providerName(id) }));
  const environments = [...new Set(credentials.flatMap((c) => [...c.environments, ...c.locations.map((l) => l.environment ?? 'unknown')]))].sort();
  return { title, subtitle, grouping, credentials, nodes: b.nodes, edges: b.edges, filters: { rules, providers, environments }, revoked };
}

function describeDestroysWithBackups(s: Scope): MapCredential['destroy'] {
  return s.destroy.map((d) => ({ text: describeDestroys([d])[0], backups: d.destroysBackups, certainty: d.certainty }));
}

function basisOf(s: Scope, inferred: boolean, detail: string | undefined): string {
  const how =
    s.resolution === 'online'
      ? s.status === 'live'
        ? 'confirmed live by the provider (read-only calls)'
        : `the provider did not answer: ${s.reason ?? 'status unknown'}`
      : "not sent to the provider: from the token's shape and context";
  if (!inferred) return `Confirmed: ${how}.`;
  return `Inferred: ${how}.${detail ? ` ${detail}` : ''}`;
}

const placeKey = (p: MapPlace | undefined) => (p ? `${p.group}\0${p.path}\0${String(p.line).padStart(9, '0')}` : '');
const baseName = (p: string) => p.slice(p.lastIndexOf('/') + 1) || p;

function placeOf(l: Location & { environment?: string }, group: string): MapPlace {
  return { group, path: l.path, line: l.line, column: l.column, ...(l.commit ? { commit: l.commit } : {}), ...(l.environment ? { environment: l.environment } : {}) };
}

/** The map of one workspace: files grouped by folder. */
export function scanMap(report: ScanReport): MapModel {
  const bySecret = new Map<string, Result[]>();
  for (const r of report.results) bySecret.set(r.finding.fingerprint, [...(bySecret.get(r.finding.fingerprint) ?? []), r]);
  const inputs: CredentialInput[] = [];
  for (const rs of bySecret.values()) {
    const r = rs[0];
    const f = r.finding;
    const places = new Map<string, MapPlace>();
    for (const x of rs)
      for (const l of [{ ...x.finding, environment: x.finding.context.environment }, ...x.related]) {
        const key = `${l.path}\0${l.commit ?? ''}\0${l.line}\0${l.column}`;
        if (!places.has(key)) places.set(key, placeOf(l, folderOf(l.path)));
      }
    const byRule = new Map<RuleId, Result>();
    for (const x of rs) if (!byRule.has(x.ruleId)) byRule.set(x.ruleId, x);
    const firstInferred = rs.find((x) => x.certainty === 'inferred');
    inputs.push({
      provider: f.provider,
      issuer: issuerName(f),
      tokenKind: tokenKindOf(r),
      variable: f.context.variable,
      redacted: f.redacted,
      fingerprint: f.fingerprint,
      rules: [...byRule.values()].map((x) => ({ id: x.ruleId, name: RULE_BY_ID.get(x.ruleId)!.name, band: RULE_BY_ID.get(x.ruleId)!.band, certainty: x.certainty, message: message(x) })),
      scope: r.scope,
      inferred: firstInferred ? inferredDetail(firstInferred) : undefined,
      places: [...places.values()].sort((a, b) => placeKey(a).localeCompare(placeKey(b))),
      remediation: [...new Set(rs.map((x) => x.remediation))],
      accepted: rs.every((x) => x.accepted) ? r.accepted!.justification : undefined,
    });
  }
  const s = report.summary;
  const subtitle = [
    `${s.root}: ${s.filesRead} files read`,
    `${s.secrets} credentials in ${s.findings} places`,
    `resolution ${s.resolution}`,
    ...(s.environment ? [`declared environment ${s.environment}`] : []),
    ...(s.history ? [`git history: ${historySummary(s.history)}`] : []),
    ...(s.unreported ? [`not reported: ${unreportedSummary(s.unreported)}`] : []),
    ...(s.deadline ? [`incomplete: ${deadlineSummary(s.deadline)}`] : []),
  ].join(' · ');
  return buildMap(`Blast radius of ${s.root}`, subtitle, 'folder', inputs, report.revoked.length);
}
