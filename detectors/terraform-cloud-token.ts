import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';

// HCP Terraform (Terraform Cloud / Enterprise) API tokens read <14-character id>.atlasv1.<secret>: the marker is
// stable, the lengths are not documented (UNCONFIRMED; tokens seen carry 60–70 characters after it). User and
// organization tokens reach every workspace their owner can (https://developer.hashicorp.com/terraform/cloud-docs/users-teams-organizations/api-tokens),
// and `terraform login` stores one in ~/.terraform.d/credentials.tfrc.json.
export default defineDetector({
  id: 'terraform-cloud-token',
  provider: 'terraform-cloud',
  tokenKind: 'api-token',
  keywords: ['.atlasv1.'],
  pattern: /(?<![A-Za-z0-9])([A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,70})(?![A-Za-z0-9_=-])/g,
  check: (secret) => {
    const body = secret.slice(secret.lastIndexOf('.') + 1);
    return /[A-Z]/.test(body) && /[a-z]/.test(body) && /[0-9]/.test(body);
  },
  // The 14-character id before .atlasv1. is not public, so a preview shows only its first four characters.
  redaction: { kind: 'prefix', prefix: /^/ },
  docs: { url: 'https://developer.hashicorp.com/terraform/cloud-docs/users-teams-organizations/api-tokens', rotate: 'https://app.terraform.io/app/settings/tokens' },
  examples: () => ({
    positive: [
      { text: (t) => `TFE_TOKEN=${t}`, secret: `${fake.alnum(14)}.atlasv1.${fake.base64url(67)}`, variable: 'TFE_TOKEN' },
      {
        text: (t) => `{\n  "credentials": {\n    "app.terraform.io": {\n      "token": "${t}"\n    }\n  }\n}\n`,
        secret: `${fake.alnum(14)}.atlasv1.${fake.alnum(67)}`,
        path: '.terraform.d/credentials.tfrc.json',
      },
      { text: (t) => `credentials "app.terraform.io" {\n  token = "${t}"\n}\n`, secret: `${fake.alnum(14)}.atlasv1.${fake.alnum(65)}`, path: '.terraformrc' },
    ],
    negative: [
      { text: `TFE_TOKEN=${fake.alnum(14)}.atlasv1.${fake.alnum(20)}`, why: 'near miss: 20 characters after the marker' },
      { text: 'TFE_TOKEN=xxxxxxxxxxxxxx.atlasv1.' + 'x'.repeat(67), why: 'a placeholder of one repeated character' },
    ],
  }),
});
