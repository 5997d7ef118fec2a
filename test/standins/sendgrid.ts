// Stand-in for SendGrid's v3 API: a key's scopes, and the profile it may read
// (https://www.twilio.com/docs/sendgrid/api-reference/api-key-permissions/retrieve-a-list-of-scopes-for-which-this-user-has-access).
import { sendgrid } from '../saas-helpers.js';
import { answerOdd, bearer, json, startStandin, urlOf, type Odd, type Standin } from './index.js';

export interface SendgridConfig extends Odd {
  keys: Record<string, { scopes: string[]; profile?: { first_name: string; last_name: string; company: string } }>;
}

export function startSendgrid(cfg: SendgridConfig): Promise<Standin> {
  return startStandin('sendgrid', (req, _body, res) => {
    const t = bearer(req);
    if (answerOdd(cfg, t, res)) return;
    const key = t ? cfg.keys[t] : undefined;
    if (!key) return json(res, 401, { errors: [{ field: null, message: 'authorization required' }] });
    const path = urlOf(req).pathname;
    if (path === '/v3/scopes') return json(res, 200, { scopes: key.scopes });
    if (path === '/v3/user/profile') {
      if (!key.scopes.includes('user.profile.read') || !key.profile) return json(res, 403, { errors: [{ field: null, message: 'access forbidden' }] });
      return json(res, 200, { ...key.profile, address: '', city: '', country: '', phone: '', website: '' });
    }
    json(res, 404, { errors: [{ field: null, message: 'not found' }] });
  });
}

/** A Full Access key's scopes, abridged: user.email.read marks it (trufflehog analyzers/sendgrid). */
export const SENDGRID_FULL = [
  '2fa_required',
  'access_settings.activity.read',
  'access_settings.whitelist.create',
  'access_settings.whitelist.delete',
  'access_settings.whitelist.read',
  'alerts.create',
  'alerts.delete',
  'alerts.read',
  'api_keys.create',
  'api_keys.delete',
  'api_keys.read',
  'api_keys.update',
  'asm.groups.create',
  'asm.groups.delete',
  'asm.groups.read',
  'mail.send',
  'templates.delete',
  'templates.read',
  'user.email.read',
  'user.profile.read',
  'user.profile.update',
];

/** SendGrid's stand-in world, shared by test/sendgrid.test.ts and test/saas-workspace.test.ts: the credentials it knows
 * (built by the seeded generator) and `start` for the stand-in answering them. */
export function sendgridWorld() {
  const T = { root: sendgrid(), scoped: sendgrid(), revoked: sendgrid(), odd: sendgrid() };
  const start = async (odd: Set<string>): Promise<Standin> => {
    const standin = await startSendgrid({
      odd,
      keys: {
        [T.root]: { scopes: SENDGRID_FULL, profile: { first_name: 'Mail', last_name: 'Admin', company: 'Acme' } },
        [T.scoped]: { scopes: ['mail.send', 'sender_verification_eligible'] },
      },
    });
    odd.add(T.odd);
    return standin;
  };
  return { T, start };
}
