// A small evaluator of IAM identity-based policies, for the one question the AWS resolver asks when
// iam:SimulatePrincipalPolicy is denied: is this action allowed, and on which resources?
// Evaluation logic (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html):
// an explicit Deny wins, otherwise an Allow is needed, and a permissions boundary must allow it too.
// Action/NotAction/Resource/NotResource take `*` and `?` wildcards, actions case-insensitively
// (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html).
// Conditions are not evaluated: a verdict that depends on one is marked conditional (→ inferred).
// SCPs, resource policies and session policies are not seen here either (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html).

export interface Statement {
  Sid?: string;
  Effect?: string;
  Action?: string | string[];
  NotAction?: string | string[];
  Resource?: string | string[];
  NotResource?: string | string[];
  Condition?: Record<string, unknown>;
}

export interface PolicyDocument {
  Version?: string;
  Statement?: Statement | Statement[];
}

export interface Decision {
  decision: 'allowed' | 'implicitDeny' | 'explicitDeny';
  /** Where the action is allowed: `*`, resource ARN patterns, or `every resource except …`. Empty unless allowed. */
  resources: string[];
  /** True when the verdict rests on a Condition or a Deny that covers only part of it: not certain either way. */
  conditional: boolean;
}

/** IAM returns policy documents URL-encoded (RFC 3986) in GetUserPolicy, GetPolicyVersion and the like. */
export function parsePolicy(text: string | undefined): PolicyDocument | undefined {
  if (!text) return undefined;
  for (const candidate of [text, safeDecode(text)]) {
    if (candidate === undefined) continue;
    try {
      const doc = JSON.parse(candidate) as unknown;
      if (doc && typeof doc === 'object' && !Array.isArray(doc)) return doc as PolicyDocument;
    } catch {
      // try the decoded form
    }
  }
  return undefined;
}

function safeDecode(s: string): string | undefined {
  try {
    return decodeURIComponent(s);
  } catch {
    return undefined;
  }
}

/** `*` matches any run of characters, `?` any one; linear in practice, no regular expression built from policy text. */
export function wildcardMatch(pattern: string, value: string): boolean {
  let p = 0;
  let v = 0;
  let star = -1;
  let mark = 0;
  while (v < value.length) {
    if (p < pattern.length && pattern[p] === '*') {
      star = p++;
      mark = v;
    } else if (p < pattern.length && (pattern[p] === '?' || pattern[p] === value[v])) {
      p++;
      v++;
    } else if (star >= 0) {
      p = star + 1;
      v = ++mark;
    } else {
      return false;
    }
  }
  while (p < pattern.length && pattern[p] === '*') p++;
  return p === pattern.length;
}

const list = (x: string | string[] | undefined): string[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

export function statements(doc: PolicyDocument): Statement[] {
  const s = doc.Statement;
  return s === undefined ? [] : Array.isArray(s) ? s : [s];
}

function appliesTo(st: Statement, action: string): boolean {
  const a = action.toLowerCase();
  if (st.Action !== undefined) return list(st.Action).some((p) => wildcardMatch(p.toLowerCase(), a));
  if (st.NotAction !== undefined) return !list(st.NotAction).some((p) => wildcardMatch(p.toLowerCase(), a));
  return false;
}

const hasCondition = (st: Statement) => !!st.Condition && Object.keys(st.Condition).length > 0;
const everyResource = (st: Statement) => st.NotResource === undefined && list(st.Resource).includes('*');

/** Where one Allow statement grants its action. */
function grantedOn(st: Statement): string[] {
  if (st.NotResource !== undefined) return [`every resource except ${list(st.NotResource).join(', ')}`];
  return list(st.Resource);
}

/** The decision for `action` under identity policies, intersected with a permissions boundary when one is given. */
export function evaluate(action: string, policies: PolicyDocument[], boundary?: PolicyDocument[]): Decision {
  const all = policies.flatMap(statements).filter((st) => appliesTo(st, action));
  const denies = all.filter((st) => st.Effect === 'Deny');
  const allows = all.filter((st) => st.Effect === 'Allow');
  if (denies.some((st) => everyResource(st) && !hasCondition(st))) return { decision: 'explicitDeny', resources: [], conditional: false };
  if (!allows.length) return { decision: 'implicitDeny', resources: [], conditional: false };
  const unconditional = allows.filter((st) => !hasCondition(st));
  const granting = unconditional.length ? unconditional : allows;
  const resources = granting.some(everyResource) ? ['*'] : [...new Set(granting.flatMap(grantedOn))];
  // A Deny under a Condition, or on some resources only, may or may not take away what was granted.
  let conditional = !unconditional.length || denies.length > 0;
  if (boundary) {
    const b = evaluate(action, boundary);
    if (b.decision !== 'allowed') return { decision: 'implicitDeny', resources: [], conditional: b.conditional || conditional };
    if (b.conditional || !b.resources.includes('*')) conditional = true;
  }
  return { decision: 'allowed', resources, conditional };
}

/** `*:*`-like: some Allow applies to every action (`"Action": "*"`, or NotAction) on every resource, unconditionally. */
export function allowsEverything(policies: PolicyDocument[], boundary?: PolicyDocument[]): boolean {
  // No real action is named `*:*`; only `*` and NotAction statements reach it.
  const d = evaluate('*:*', policies, boundary);
  return d.decision === 'allowed' && d.resources.includes('*') && !d.conditional;
}
