import { defineProvider, shapeScope } from '../src/resolve/define.js';

// Full Access keys reach every endpoint but billing; Restricted keys their scopes, listed by GET /v3/scopes
// (https://www.twilio.com/docs/sendgrid/api-reference/api-keys/create-api-keys).
export default defineProvider({
  id: 'sendgrid',
  name: 'SendGrid',
  hosts: ['api.sendgrid.com', 'api.eu.sendgrid.com'],
  offline: (f) =>
    shapeScope({
      tokenKind: f.tokenKind,
      resources: ['the account (Full Access) or its granted scopes'],
      because: [
        'a SendGrid key is Full Access, Restricted or Billing; only GET /v3/scopes tells',
        'a key with mail.send can send mail from the account\'s verified domains; with api_keys.* it can mint or delete keys',
      ],
    }),
  remediation: () =>
    'Replace it with a restricted key with mail.send only (and IP Access Management), and delete this one at https://app.sendgrid.com/settings/api_keys.',
});
