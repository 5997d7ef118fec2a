// What an agent running as this user can also read: the home directory's credential stores (--home)
// and the environment it inherits (--process-env).
import { join } from 'node:path';
import fg from 'fast-glob';
import { homeDirectory } from '../context/home.js';
import { readTexts, type Source } from './index.js';

/** Well-known credential stores, relative to the home directory. Globs are expanded with fast-glob. */
export const HOME_STORES = [
  '.aws/credentials',
  '.aws/config',
  '.config/gh/hosts.yml',
  '.railway/config.json',
  '.npmrc',
  '.yarnrc.yml',
  '.netrc',
  '_netrc',
  '.git-credentials',
  '.gitconfig',
  '.docker/config.json',
  '.kube/config',
  '.pgpass',
  '.my.cnf',
  '.pypirc',
  '.gem/credentials',
  '.config/gcloud/application_default_credentials.json',
  '.config/gcloud/legacy_credentials/*/adc.json',
  '.cursor/mcp.json',
  '.claude.json',
  '.claude/settings.json',
  '.claude/settings.local.json',
  '.codeium/windsurf/mcp_config.json',
  '.continue/config.json',
  '.continue/config.yaml',
  '.gemini/settings.json',
  '.codex/config.toml',
  '.config/Claude/claude_desktop_config.json',
  'Library/Application Support/Claude/claude_desktop_config.json',
  '.terraform.d/credentials.tfrc.json',
  '.terraformrc',
  '.fly/config.yml',
  '.config/doctl/config.yaml',
  '.supabase/access-token',
  '.config/netlify/config.json',
  '.netlify/config.json',
  '.vercel/auth.json',
  '.local/share/com.vercel.cli/auth.json',
  '.config/hub',
  '.ssh/id_*',
  '.ssh/*.pem',
  '.ssh/*.key',
];

/** The home directory's credential stores, shown as `~/…`. Exclusions are the workspace's, so they do not apply here. */
export function homeSource(home = homeDirectory()): Source {
  const files = function* () {
    const found = fg.sync(HOME_STORES, { cwd: home, dot: true, onlyFiles: true, followSymbolicLinks: true, suppressErrors: true, ignore: ['**/*.pub'] });
    for (const rel of found.sort()) yield { abs: join(home, rel), path: `~/${rel}`, origin: 'home' as const };
  };
  return {
    *texts(admit) {
      for (const e of files()) yield* readTexts(e, admit);
    },
  };
}

/** Each inherited variable as its own one-line text, `NAME=value`, so assignment syntax and names apply. */
export function processEnvSource(env: NodeJS.ProcessEnv): Source {
  return {
    *texts(admit) {
      for (const name of Object.keys(env).sort()) {
        const value = env[name];
        if (value === undefined) continue;
        const text = `${name}=${value}\n`;
        admit.read(text.length);
        yield { source: { path: `env:${name}`, origin: 'process-env' }, text };
      }
    },
  };
}
