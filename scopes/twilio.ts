import { defineProvider, shapeScope } from '../src/resolve/define.js';

// The Auth Token and Main API keys have full access, including API keys, account configuration and
// subaccounts; Standard keys everything but /Accounts and /Keys; Restricted keys their permissions
// (https://www.twilio.com/docs/iam/api-keys/keys-in-console). Exact destroy endpoints are UNCONFIRMED.
export default defineProvider({
  id: 'twilio',
  name: 'Twilio',
  hosts: ['api.twilio.com', 'verify.twilio.com'],
  offline: (f) => {
    if (f.tokenKind === 'auth-token') {
      return shapeScope({
        tokenKind: f.tokenKind,
        root: true,
        environments: ['*'],
        resources: ['the whole account: every API resource, API keys, account configuration and subaccounts'],
        destroy: [
          { action: 'API key delete', resource: 'every API key of the account', destroysBackups: false },
          { action: 'subaccount close', resource: 'every subaccount', destroysBackups: false },
          { action: 'recording and message delete, phone number release', resource: 'every recording, message and phone number', destroysBackups: false },
        ],
        because: ['the Auth Token has full access to its account, like a Main API key', 'the exact destroy endpoints are UNCONFIRMED'],
      });
    }
    return shapeScope({
      tokenKind: f.tokenKind,
      because: ['a Main key equals the Auth Token, a Standard key reaches everything but /Accounts and /Keys, a Restricted key only its permissions; only Twilio tells which'],
    });
  },
  remediation: (f) =>
    f.tokenKind === 'auth-token'
      ? 'Keep the Auth Token out of applications: use a restricted API key with only the product permissions needed, and rotate the Auth Token at https://console.twilio.com/us1/account/keys-credentials/api-keys.'
      : 'Replace it with a restricted API key holding only the product permissions needed, and delete this one at https://console.twilio.com/us1/account/keys-credentials/api-keys.',
});
