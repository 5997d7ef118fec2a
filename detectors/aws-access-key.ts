import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { accountFromKeyId, pairedSecret, pairedSessionToken } from './lib/aws.js';

const KINDS: Record<string, string> = {
  AKIA: 'long-term-access-key',
  ASIA: 'temporary-session-key',
  ABIA: 'sts-service-bearer-token',
  ACCA: 'context-specific-credential',
};

// Access key ids: a four-letter kind prefix + 16 base32 characters (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-unique-ids);
// the 40-character secret is paired from the same text, as resolvers need both.
export default defineDetector({
  id: 'aws-access-key',
  provider: 'aws',
  tokenKind: 'access-key',
  keywords: ['akia', 'asia', 'abia', 'acca', 'a3t'],
  pattern: /\b((?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z2-7]{16})\b/g,
  // The pattern runs only around its keywords (Detector.near): every match opens on its prefix, a keyword.
  near: { from: 0, to: 0, reach: 22 },
  enrich: (secret, input) => {
    const parts: Record<string, string> = {};
    const sk = pairedSecret(input.text, input.index);
    if (sk) parts.secretAccessKey = sk;
    if (secret.startsWith('ASIA')) {
      const st = pairedSessionToken(input.text, input.index);
      if (st) parts.sessionToken = st;
    }
    const facts: Record<string, string> = { paired: sk ? 'yes' : 'no' };
    const account = accountFromKeyId(secret);
    if (account) facts.accountId = account;
    return { parts, facts, tokenKind: KINDS[secret.slice(0, 4)] ?? 'access-key' };
  },
  redaction: { kind: 'prefix', prefix: /^(?:AKIA|ASIA|ABIA|ACCA|A3T.)/ },
  // The key id names the credential only together with its secret: re-pairing makes another credential.
  fingerprintParts: ['secretAccessKey'],
  // A secret access key is 40 base64 characters (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html).
  claims: [{ name: /^aws_secret_access_key$/i, value: /^[A-Za-z0-9/+]{40}$/ }],
  docs: { url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html', rotate: 'https://console.aws.amazon.com/iam/home#/security_credentials' },
  examples: () => ({
    positive: [
      { text: (t) => `AWS_ACCESS_KEY_ID=${t}\nAWS_SECRET_ACCESS_KEY=${fake.awsSecret()}`, secret: fake.awsKeyId(), variable: 'AWS_ACCESS_KEY_ID' },
      { text: (t) => `[default]\naws_access_key_id = ${t}\naws_secret_access_key = ${fake.awsSecret()}\n`, secret: fake.awsKeyId(), path: '.aws/credentials' },
      { text: (t) => `{"AccessKeyId": "${t}", "SecretAccessKey": "${fake.awsSecret()}"}`, secret: fake.awsKeyId('ASIA') },
    ],
    negative: [
      { text: 'AWS_ACCESS_KEY_ID=AKIAIOSFODNN7' + 'EXAMPLE', why: "AWS's documented example key" },
      { text: 'id=AKIA' + 'ABCDEFGHIJKLMNO1', why: 'near miss: 1 is not base32' },
    ],
  }),
});
