import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { entropy } from '../src/detect/placeholder.js';

// The HMAC key of HS256/HS384/HS512 JSON Web Tokens (RFC 7518 §3.2: a key of at least the hash's size,
// https://datatracker.ietf.org/doc/html/rfc7518#section-3.2), under the names frameworks give it: JWT_SECRET,
// jwt.secret, jwtSecret, jwt_secret_key, JWT_SIGNING_SECRET. A quoted value may hold any character but its quote
// (random keys are often full of punctuation); randomness is measured, not guessed.
export default defineDetector({
  id: 'jwt-signing-secret',
  provider: 'jwt-signing',
  tokenKind: 'hmac-key',
  keywords: ['jwt'],
  pattern: /\bjwt[_.-]?(?:signing[_.-]?)?secret(?:[_.-]?key)?["']?[ \t]*(?::=|=>|[:=])[ \t]*["']?(?<secret>(?<=")[^"\r\n]{16,512}(?=")|(?<=')[^'\r\n]{16,512}(?=')|(?<=[\s:=>])[^\s"'`,;]{16,256})/gi,
  check: (secret) => {
    const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((c) => c.test(secret)).length;
    // A code reference (`process.env.JWT_KEY`, `config.jwt.secret`) or a constant's name is not the key.
    if (/^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+(?:\(\))?$/.test(secret) || /^[A-Z][A-Z0-9_]*$/.test(secret)) return false;
    return !/\s/.test(secret) && classes >= 2 && entropy(secret) >= 3.5;
  },
  redaction: { kind: 'none' },
  docs: { url: 'https://datatracker.ietf.org/doc/html/rfc7518#section-3.2', rotate: 'generate a new signing key where the service reads it; tokens signed with the old key stop verifying' },
  examples: () => ({
    positive: [
      { text: (s) => `JWT_SECRET="${s}"`, secret: fake.base64(43), path: '.env' },
      { text: (s) => `oauthproviders:\n  jwtsecret: "${s}"\n`, secret: fake.from('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#%&()*+,-/:;=?@[]^_~', 48), path: 'config.yml' },
      { text: (s) => `  "jwtSecret": "${s}",`, secret: fake.hex(64), path: 'config/default.json' },
    ],
    negative: [
      { text: 'JWT_SECRET="${JWT_SECRET}"', why: 'interpolation' },
      { text: 'jwt_secret: "this is my development secret"', why: 'words, not a key' },
      { text: 'jwtSecret = process.env.JWT_SECRET_KEY_FOR_APP', why: 'read from the environment' },
    ],
  }),
});
