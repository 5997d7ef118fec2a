import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';

// A shared access signature carries what it grants in its own query parameters: sv (version), ss (services) and
// srt (resource types) for an account SAS (https://learn.microsoft.com/rest/api/storageservices/create-account-sas),
// sr (the one container, blob, share or file) for a service SAS (https://learn.microsoft.com/rest/api/storageservices/create-service-sas),
// skoid for a user-delegation SAS (https://learn.microsoft.com/rest/api/storageservices/create-user-delegation-sas),
// sp (permissions), st/se (start, expiry) and sig, the HMAC-SHA256 of the rest: 32 bytes, 44 base64 characters,
// URL-encoded in a URL (+ %2B, / %2F, = %3D). The secret is the signature; the rest are facts read offline.
const SIG = /[?&;]sig=((?:[A-Za-z0-9+/]|%2[BbFf]){43}(?:=|%3[Dd]))(?![A-Za-z0-9%])/g;
const ACCOUNT = /https?:\/\/([a-z0-9]{3,24})\.(?:blob|file|queue|table|dfs)\.core\.windows\.net/g;
const FIELDS = ['sv', 'ss', 'srt', 'sp', 'st', 'se', 'sr', 'spr', 'skoid'];

/** The SAS parameters around a signature: its query string, from the `?` (or a connection string's `;`) before it. */
function sasFields(text: string, index: number): Record<string, string> {
  const before = text.slice(Math.max(0, index - 600), index);
  const parts = before.split(/[?\s"'`;<>(]/);
  const after = text.slice(index, index + 300);
  const query = (parts.at(-1) ?? '').replace(/^SharedAccessSignature=/i, '') + (after.split(/[\s"'`;<>)]/)[0] ?? '');
  const facts: Record<string, string> = {};
  for (const pair of query.split('&')) {
    const eq = pair.indexOf('=');
    const k = pair.slice(0, eq);
    if (eq > 0 && FIELDS.includes(k)) {
      try {
        facts[k] = decodeURIComponent(pair.slice(eq + 1));
      } catch {
        facts[k] = pair.slice(eq + 1);
      }
    }
  }
  return facts;
}

export default defineDetector({
  id: 'azure-storage-sas',
  provider: 'azure-storage',
  tokenKind: 'sas-token',
  keywords: ['sig='],
  pattern: SIG,
  // A SAS always names its service version and permissions.
  check: (_secret, input) => {
    const f = sasFields(input.text, input.index);
    return Boolean(f.sv && f.sp);
  },
  enrich: (_secret, input) => {
    const f = sasFields(input.text, input.index);
    const facts: Record<string, string> = {};
    for (const [k, v] of Object.entries(f)) if (k !== 'skoid') facts[`sas_${k}`] = v;
    const accounts = [...input.text.slice(Math.max(0, input.index - 800), input.index).matchAll(ACCOUNT)];
    const account = accounts.at(-1)?.[1] ?? /AccountName=([a-z0-9]{3,24})/.exec(input.text)?.[1];
    if (account) facts.user = account;
    const tokenKind = f.skoid ? 'user-delegation-sas' : f.ss || f.srt ? 'account-sas' : 'service-sas';
    return { facts, tokenKind };
  },
  redaction: { kind: 'none' },
  docs: {
    url: 'https://learn.microsoft.com/rest/api/storageservices/delegate-access-with-shared-access-signature',
    rotate: 'https://learn.microsoft.com/azure/storage/common/storage-sas-overview#revoke-a-sas',
  },
  examples: () => {
    const sig = () => encodeURIComponent(fake.base64(43) + '=');
    return {
      positive: [
        {
          text: (t) =>
            `AZURE_STORAGE_SAS_URL="https://acmeprodbackups.blob.core.windows.net/?sv=2022-11-02&ss=bfqt&srt=sco&sp=rwdlacupiytfx&se=2027-01-01T00:00:00Z&st=2026-01-01T00:00:00Z&spr=https&sig=${t}"`,
          secret: sig(),
        },
        { text: (t) => `BlobEndpoint=https://acmelogs.blob.core.windows.net/;SharedAccessSignature=sv=2022-11-02&sr=c&sp=rl&se=2027-06-01&sig=${t}`, secret: sig() },
        { text: (t) => `url: https://acmedata.blob.core.windows.net/exports/x.csv?sp=r&st=2026-01-01T00:00:00Z&se=2026-01-02T00:00:00Z&spr=https&sv=2022-11-02&sr=b&sig=${t}\n`, secret: sig() },
      ],
      negative: [
        { text: `https://acme.blob.core.windows.net/c?sv=2022-11-02&sp=r&sig=${fake.base64(20)}`, why: 'near miss: a 20-character signature' },
        { text: `https://example.com/callback?sig=${sig()}`, why: 'a sig parameter without the SAS fields' },
      ],
    };
  },
});
