import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';

// PyPI API tokens are pypi- + a base64url macaroon (https://pypi.org/help/#apitoken; macaroon format
// https://github.com/rescrv/libmacaroons/blob/master/doc/format.txt, version 2). A v2 macaroon opens with its version
// (0x02) and its location field (0x01, length, "pypi.org" or "test.pypi.org"), so every token starts with the same
// base64 and is decoded here to check it. A user-scoped token uploads to every project of its user.
const LOCATIONS = ['pypi.org', 'test.pypi.org'];

function location(body: string): string | undefined {
  const b = Buffer.from(body.slice(0, 40), 'base64url');
  if (b[0] !== 2 || b[1] !== 1) return undefined;
  const where = b.subarray(3, 3 + b[2]).toString('latin1');
  return LOCATIONS.includes(where) ? where : undefined;
}

/** A token's opening: the v2 macaroon header for `where`, then random bytes standing in for identifier and caveats. */
function token(where = 'pypi.org'): string {
  const head = Buffer.concat([Buffer.from([2, 1, where.length]), Buffer.from(where, 'latin1'), Buffer.from([2, 1])]);
  return 'pypi-' + head.toString('base64url') + fake.base64url(150);
}

export default defineDetector({
  id: 'pypi-token',
  provider: 'pypi',
  tokenKind: 'api-token',
  keywords: ['pypi-ag'],
  pattern: /\b(pypi-Ag[A-Za-z0-9_-]{60,1000})(?![A-Za-z0-9_-])/g,
  check: (secret) => location(secret.slice(5)) !== undefined,
  enrich: (secret) => ({ facts: { host: location(secret.slice(5)) ?? 'pypi.org' } }),
  redaction: { kind: 'prefix', prefix: /^pypi-/ },
  docs: { url: 'https://pypi.org/help/#apitoken', rotate: 'https://pypi.org/manage/account/#api-tokens' },
  examples: () => ({
    positive: [
      { text: (t) => `TWINE_PASSWORD=${t}`, secret: token(), variable: 'TWINE_PASSWORD' },
      { text: (t) => `[pypi]\n  username = __token__\n  password = ${t}\n`, secret: token(), path: '.pypirc' },
      { text: (t) => `[testpypi]\nusername = __token__\npassword = ${t}\n`, secret: token('test.pypi.org'), path: '.pypirc' },
    ],
    negative: [
      { text: `TWINE_PASSWORD=pypi-Ag${fake.base64url(120)}`, why: 'the body is not a macaroon for pypi.org' },
      { text: `pip install pypi-${fake.lowerAlnum(8)}`, why: 'a package name, not a token' },
    ],
  }),
});
