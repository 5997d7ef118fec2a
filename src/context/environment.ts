// Environments from names: a file's path (`.env.production`, `k8s/overlays/prod/`), a host
// (`db.prod.example.com`), a Railway environment's own name. Lower-case names throughout.
// Shared context, a layer below detect, resolve, classify and report: it imports none of them.

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

/**
 * The environment a path names, or `unknown`. The token nearest the file name wins
 * (`envs/prod/.env.staging` is staging); `.env.example`-style templates name none.
 */
export function fileEnvironment(path: string): string {
  const tokens = path.toLowerCase().split(/[/\\._-]+/).filter(Boolean);
  for (let i = tokens.length - 1; i >= 0; i--) {
    const env = environmentOfWord(tokens[i]);
    if (env) return env;
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
  for (const k of [name, ...keys]) if (map[k]) return map[k].toLowerCase();
  return environmentOfWord(name) ?? hostEnvironment(name) ?? name.toLowerCase();
}
