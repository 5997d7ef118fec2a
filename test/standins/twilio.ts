// Stand-in for Twilio's REST API with HTTP Basic (account SID + auth token, or API key SID + secret); restricted keys
// are refused what they lack (https://www.twilio.com/docs/usage/requests-to-twilio, https://www.twilio.com/docs/iam/api-keys).
import * as fake from '../../src/detect/fake.js';
import { ACCOUNT_SID, twilioAuth, twilioKey } from '../saas-helpers.js';
import { answerOdd, basic, json, startStandin, urlOf, type Odd, type Standin } from './index.js';

export interface TwilioConfig extends Odd {
  accounts: Array<{ sid: string; authToken: string; friendlyName: string; subaccounts?: Array<{ sid: string; friendlyName: string }> }>;
  /** API key SID → its secret, type and account. */
  keys: Record<string, { secret: string; type: 'main' | 'standard' | 'restricted'; account: string }>;
}

export function startTwilio(cfg: TwilioConfig): Promise<Standin> {
  return startStandin('twilio', (req, _body, res) => {
    const b = basic(req);
    if (answerOdd(cfg, b?.pass, res)) return;
    const acct = cfg.accounts.find((a) => a.sid === b?.user && a.authToken === b?.pass);
    const key = b && cfg.keys[b.user]?.secret === b.pass ? cfg.keys[b.user] : undefined;
    const authenticate = () => json(res, 401, { code: 20003, message: 'Authenticate', more_info: 'https://www.twilio.com/docs/errors/20003', status: 401 });
    if (!acct && !key) return authenticate();
    const path = urlOf(req).pathname;
    if (path === '/v2/Services') {
      if (key?.type === 'restricted') return json(res, 403, { code: 70051, message: 'Authorization error', more_info: 'https://www.twilio.com/docs/errors/70051', status: 403 });
      return json(res, 200, { services: [], meta: { page: 0, page_size: 1, key: 'services' } });
    }
    if (path === '/2010-04-01/Accounts.json') {
      // Standard keys have no access to /Accounts (trufflehog analyzers/twilio): 401.
      if (key && key.type !== 'main') return authenticate();
      const main = acct ?? cfg.accounts.find((a) => a.sid === key!.account)!;
      const list = [
        { sid: main.sid, friendly_name: main.friendlyName, status: 'active', owner_account_sid: main.sid },
        ...(main.subaccounts ?? []).map((s) => ({ sid: s.sid, friendly_name: s.friendlyName, status: 'active', owner_account_sid: main.sid })),
      ];
      return json(res, 200, { accounts: list, page: 0, page_size: 100, uri: '/2010-04-01/Accounts.json' });
    }
    json(res, 404, { code: 20404, message: 'The requested resource was not found', status: 404 });
  });
}

/** The Twilio account the tests resolve against: its Auth Token with a staging subaccount, API keys of each type, an odd account. */
export function twilioWorld() {
  const T = { root: twilioAuth(), scoped: twilioKey(), standard: twilioKey(), main: twilioKey(), revoked: twilioAuth(), odd: twilioAuth() };
  const start = async (odd: Set<string>): Promise<Standin> => {
    const standin = await startTwilio({
      odd,
      accounts: [
        { sid: ACCOUNT_SID, authToken: T.root.secret, friendlyName: 'Acme Production', subaccounts: [{ sid: `AC${fake.hex(32)}`, friendlyName: 'Acme Staging' }] },
        { sid: T.odd.sid, authToken: T.odd.secret, friendlyName: 'x' },
      ],
      keys: {
        [T.scoped.sid]: { secret: T.scoped.secret, type: 'restricted', account: ACCOUNT_SID },
        [T.standard.sid]: { secret: T.standard.secret, type: 'standard', account: ACCOUNT_SID },
        [T.main.sid]: { secret: T.main.secret, type: 'main', account: ACCOUNT_SID },
      },
    });
    odd.add(T.odd.secret);
    return standin;
  };
  return { T, start };
}
