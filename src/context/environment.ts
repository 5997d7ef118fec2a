// Environments from names: a file's path (`.env.production`, `k8s/overlays/prod/`), a host
// (`db.prod.example.com`), a Railway environment's own name. Lower-case names throughout.
// Shared context, a layer below detect, resolve, classify and report: it imports none of them.
import { own } from './own.js';

const WORDS: Array<[RegExp, string]> = [
  [/^(?:prod|production|prd|live)$/, 'production'],
  [/^(?:staging|stage|stg|uat|preprod|pre-prod)$/, 'staging'],
  [/^(?:dev|development|develop|local)$/, 'development'],
  [/^(?:test|tests|testing|qa|ci|e2e)$/, 'test'],
  [/^(?:preview|review|pr)$/, 'preview'],
  [/^(?:sandbox)$/, 'sandbox'],
];

/** The environment one name token stands for, or undefined. */
export function environmentOfWord(word: string): string | undefined {
  const w = word.toLowerCase();
  for (const [re, env] of WORDS) if (re.test(w)) return env;
  return undefined;
}

// Folders that hold a code base's tests and their data (`__tests__`, `test/fixtures`, `spec`, Go's `testdata`):
// they organise source code, they are not a deployment, so a credential in one is no evidence of the
// environment it reaches — a test folder would otherwise make a key score more rules than the same key in src/.
const TEST_FOLDERS = /^(?:__tests?__|tests?|spec|specs|__specs?__|testdata|test[-_]data|fixtures?|__fixtures__|__mocks__|mocks?|e2e|cypress|playwright)$/;

/**
 * The environment a path names, or `unknown`. The token nearest the file name wins
 * (`envs/prod/.env.staging` is staging); `.env.example`-style templates name none. A test-suite folder
 * names none and hides the folders above it (`k8s/prod/__tests__/x.yaml` is unknown); the file's own name
 * still counts (`test/fixtures/.env.staging` is staging).
 */
export function fileEnvironment(path: string): string {
  const segments = path
    .toLowerCase()
    .split(/[/\\]+/)
    .filter(Boolean);
  for (let s = segments.length - 1; s >= 0; s--) {
    if (s < segments.length - 1 && TEST_FOLDERS.test(segments[s])) return 'unknown';
    const tokens = segments[s].split(/[._-]+/).filter(Boolean);
    for (let i = tokens.length - 1; i >= 0; i--) {
      const env = environmentOfWord(tokens[i]);
      if (env) return env;
    }
  }
  return 'unknown';
}

/** A host's environment from its labels (`db.prod.example.com`, `api-staging.internal`), or undefined. */
export function hostEnvironment(host: string): string | undefined {
  const h = host.toLowerCase();
  if (isLoopback(h)) return 'development';
  for (const token of h.split(/[.-]+/)) {
    const env = environmentOfWord(token);
    if (env) return env;
  }
  return undefined;
}

export function isLoopback(host: string): boolean {
  return /^(?:localhost|127\.\d+\.\d+\.\d+|::1|\[::1\]|0\.0\.0\.0|host\.docker\.internal)$/.test(host.toLowerCase());
}

/** The file's own environment wins; otherwise the declared `--environment`; otherwise `unknown`. */
export function combineEnvironment(fileEnv: string, declared?: string): string {
  if (fileEnv !== 'unknown') return fileEnv;
  return declared ? declared.toLowerCase() : 'unknown';
}

export const isProduction = (env: string) => env === 'production';

/**
 * A provider-side name (a Railway environment, an AWS account, a GitHub org) as an environment: the
 * config's `environments` map first, then the name's own words, else the name itself, lower-cased.
 */
export function reachEnvironment(name: string, map: Record<string, string> = {}, ...keys: string[]): string {
  for (const k of [name, ...keys]) {
    const e = own(map, k);
    if (e) return e.toLowerCase();
  }
  return environmentOfWord(name) ?? hostEnvironment(name) ?? name.toLowerCase();
}
