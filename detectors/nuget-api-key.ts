import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { randomBody } from './lib/prefixed.js';

// nuget.org API keys (https://learn.microsoft.com/en-us/nuget/nuget-org/scoped-api-keys) are oy2 followed by 43
// lower-case base32 characters, as observed (the prefix and length are UNCONFIRMED by Microsoft's docs). A key
// pushes and unlists the packages its scopes and glob pattern name, under its owner's account.
const key = () => 'oy2' + fake.from('abcdefghijklmnopqrstuvwxyz234567', 43);

export default defineDetector({
  id: 'nuget-api-key',
  provider: 'nuget',
  tokenKind: 'api-key',
  keywords: ['oy2'],
  pattern: /\b(oy2[a-z0-9]{43})\b/g,
  check: (secret) => randomBody(secret.slice(3), 3.5),
  redaction: { kind: 'prefix', prefix: /^oy2/ },
  docs: { url: 'https://learn.microsoft.com/en-us/nuget/nuget-org/scoped-api-keys', rotate: 'https://www.nuget.org/account/apikeys' },
  examples: () => ({
    positive: [
      { text: (t) => `NUGET_API_KEY=${t}`, secret: key(), variable: 'NUGET_API_KEY' },
      { text: (t) => `dotnet nuget push bin/Release/*.nupkg --api-key ${t} --source https://api.nuget.org/v3/index.json`, secret: key() },
      { text: (t) => `nuget.exe setApiKey ${t} -Source https://api.nuget.org/v3/index.json`, secret: key() },
    ],
    negative: [
      { text: `NUGET_API_KEY=oy2${fake.from('abcdefghijklmnopqrstuvwxyz234567', 30)}`, why: 'near miss: 30 characters after oy2' },
      { text: `const hash = "oy2${fake.from('abcdef', 43)}"`, why: 'too little variety for an issued key (six letters)' },
    ],
  }),
});
