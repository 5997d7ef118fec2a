import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { companion, textHas } from './lib/context.js';

// `gcloud auth application-default login` writes application_default_credentials.json of type `authorized_user`:
// client_id, client_secret, refresh_token (https://cloud.google.com/docs/authentication/application-default-credentials#personal).
// The refresh_token is the user's credential: whoever holds it gets access tokens for the user's projects. The
// client_id and client_secret are gcloud's own installed-app client, shipped in every copy of the SDK; its
// secret is listed, by hash, in lib/example-keys.ts so the generic detector does not report it.
const AUTHORIZED_USER = /"type"\s*:\s*"authorized_user"/;
const CLIENT_ID = /"client_id"\s*:\s*"([^"]{1,200})"/;

export default defineDetector({
  id: 'gcp-authorized-user-refresh-token',
  provider: 'gcp',
  tokenKind: 'authorized-user-refresh-token',
  keywords: ['refresh_token'],
  pattern: /"refresh_token"\s{0,5}:\s{0,5}"([A-Za-z0-9_\-/.]{20,512})"/g,
  // Only in an authorized_user credential file: a refresh token elsewhere may be any OAuth server's.
  check: (_secret, input) => textHas(input.text, AUTHORIZED_USER) || /(^|\/)application_default_credentials\.json$/.test(input.path),
  enrich: (_secret, input) => {
    const client = companion(input.text, CLIENT_ID);
    return client ? { facts: { clientId: client } } : {};
  },
  redaction: { kind: 'none' },
  docs: { url: 'https://cloud.google.com/docs/authentication/application-default-credentials', rotate: 'gcloud auth application-default revoke, then https://myaccount.google.com/permissions' },
  examples: () => {
    const adc = (t: string) =>
      `{\n  "account": "",\n  "client_id": "${fake.digits(12)}-${fake.lowerAlnum(32)}.apps.googleusercontent.com",\n  "client_secret": "${fake.base64url(24)}",\n  "refresh_token": "${t}",\n  "type": "authorized_user",\n  "universe_domain": "googleapis.com"\n}\n`;
    return {
      positive: [
        { text: adc, secret: `1//0${fake.base64url(99)}`, path: '.config/gcloud/application_default_credentials.json' },
        { text: (t) => `{"refresh_token":"${t}","type":"authorized_user"}`, secret: `1//0${fake.base64url(99)}`, path: 'creds.json' },
        { text: (t) => `{"client_id":"x.apps.googleusercontent.com","refresh_token":"${t}"}`, secret: `1//0${fake.base64url(80)}`, path: 'home/.config/gcloud/application_default_credentials.json' },
      ],
      negative: [
        { text: `{"refresh_token":"1//0${fake.base64url(99)}","token_type":"Bearer"}`, why: "not an authorized_user file: any OAuth server's refresh token", path: 'token.json' },
        { text: '{"refresh_token":"<your-refresh-token>","type":"authorized_user"}', why: 'placeholder', path: 'application_default_credentials.json' },
      ],
    };
  },
});
