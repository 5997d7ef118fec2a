// Stand-in for Hugging Face Hub: whoami-v2 with the token's role and fine-grained scopes (https://huggingface.co/docs/hub/security-tokens,
// https://huggingface.co/docs/huggingface_hub/package_reference/hf_api).
import { hf } from '../saas-helpers.js';
import { answerOdd, bearer, json, startStandin, urlOf, type Odd, type Standin } from './index.js';

export interface HuggingfaceConfig extends Odd {
  tokens: Record<
    string,
    {
      name: string;
      email?: string;
      role: string;
      orgs?: Array<{ name: string; roleInOrg: string }>;
      fineGrained?: { global?: string[]; scoped: Array<{ entity: { type: string; name: string }; permissions: string[] }> };
    }
  >;
}

export function startHuggingface(cfg: HuggingfaceConfig): Promise<Standin> {
  return startStandin('huggingface', (req, _body, res) => {
    const t = bearer(req);
    if (answerOdd(cfg, t, res)) return;
    const who = t ? cfg.tokens[t] : undefined;
    if (urlOf(req).pathname !== '/api/whoami-v2') return json(res, 404, { error: 'Not Found' });
    if (!who) return json(res, 401, { error: 'Invalid credentials in Authorization header' });
    json(res, 200, {
      type: 'user',
      id: 'u1',
      name: who.name,
      fullname: who.name,
      email: who.email,
      orgs: (who.orgs ?? []).map((o) => ({ type: 'org', name: o.name, fullname: o.name, roleInOrg: o.roleInOrg, isEnterprise: false })),
      auth: {
        type: 'access_token',
        accessToken: {
          displayName: 'ci',
          role: who.role,
          createdAt: '2026-01-01T00:00:00.000Z',
          ...(who.fineGrained ? { fineGrained: { canReadGatedRepos: false, global: who.fineGrained.global ?? [], scoped: who.fineGrained.scoped } } : {}),
        },
      },
    });
  });
}

/** Hugging Face's stand-in world, shared by test/huggingface.test.ts and test/saas-workspace.test.ts: the credentials it knows
 * (built by the seeded generator) and `start` for the stand-in answering them. */
export function huggingfaceWorld() {
  const T = { root: hf(), scoped: hf(), read: hf(), revoked: hf(), odd: hf() };
  const start = async (odd: Set<string>): Promise<Standin> => {
    const standin = await startHuggingface({
      odd,
      tokens: {
        [T.root]: {
          name: 'ml-lead',
          email: 'ml@acme.example',
          role: 'write',
          orgs: [
            { name: 'acme-ai', roleInOrg: 'admin' },
            { name: 'reading-club', roleInOrg: 'read' },
          ],
        },
        [T.scoped]: {
          name: 'ml-ci',
          role: 'fineGrained',
          fineGrained: { scoped: [{ entity: { type: 'model', name: 'acme-ai/sentiment-staging' }, permissions: ['repo.content.read', 'repo.write'] }] },
        },
        [T.read]: { name: 'ml-reader', role: 'read' },
        [T.odd]: { name: 'x', role: 'read' },
      },
    });
    odd.add(T.odd);
    return standin;
  };
  return { T, start };
}
