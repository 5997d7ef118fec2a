import { defineDetector, indexAfter, perText } from '../src/detect/define.js';
import { textHas } from './lib/context.js';
import * as fake from '../src/detect/fake.js';
import { isKeyBody } from './lib/block.js';

// A service-account key file: JSON with "type": "service_account" and the PEM in "private_key"
// (https://cloud.google.com/iam/docs/keys-create-delete; field set per trufflehog pkg/detectors/gcp).
// The secret is the private_key value; the PEM inside it is this detector's, not the generic private-key one.
const SERVICE_ACCOUNT = /"type"\s*:\s*"service_account"/;

export default defineDetector({
  id: 'gcp-service-account',
  provider: 'gcp',
  tokenKind: 'service-account-key',
  keywords: ['service_account'],
  pattern: /"private_key"\s{0,5}:\s{0,5}"(-----BEGIN PRIVATE KEY-----)/g,
  extend: (text, end) => {
    const stop = indexAfter(text, '-----END PRIVATE KEY-----', end);
    return stop < 0 || stop - end > 16384 ? end : stop + 25;
  },
  check: (secret, input) => isKeyBody(secret) && textHas(input.text, SERVICE_ACCOUNT),
  enrich: (_secret, input) => {
    const field = (name: string) => perText(input.text, `gcp-service-account\0${name}`, (t) => new RegExp(`"${name}"\\s*:\\s*"([^"]{1,200})"`).exec(t)?.[1]);
    const facts: Record<string, string> = {};
    for (const [k, f] of [
      ['identity', 'client_email'],
      ['project', 'project_id'],
      ['keyId', 'private_key_id'],
    ] as const) {
      const v = field(f);
      if (v) facts[k] = v;
    }
    return { facts };
  },
  redaction: { kind: 'none' },
  docs: { url: 'https://cloud.google.com/iam/docs/service-account-creds', rotate: 'https://console.cloud.google.com/iam-admin/serviceaccounts' },
  examples: () => ({
    positive: ['billing-prod', 'etl-staging', 'ci'].map((project) => ({
      text: (k: string) =>
        JSON.stringify(
          {
            type: 'service_account',
            project_id: project,
            private_key_id: fake.hex(40),
            private_key: k.replace(/\\n/g, '\n') + '\n',
            client_email: `deployer@${project}.iam.gserviceaccount.com`,
            client_id: fake.digits(21),
          },
          null,
          2,
        ),
      secret: fake.pem('PRIVATE KEY').replace(/\n/g, '\\n'),
      path: `${project}-key.json`,
    })),
    negative: [
      { text: '{"type": "service_account", "private_key": "-----BEGIN PRIVATE KEY-----\\n<your key>\\n-----END PRIVATE KEY-----\\n"}', why: 'template key' },
      { text: '{"type": "authorized_user", "client_id": "x", "refresh_token": "y"}', why: 'no private key in the file' },
    ],
  }),
});
