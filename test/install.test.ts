// `npm install` is quiet on the Node the package declares: no EBADENGINE for a dependency that wants a newer
// Node, and no install-scripts notice for a dependency whose install script nobody reviewed. Read from the
// committed package.json and package-lock.json (what `npm ci` and a user's install resolve).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

interface LockEntry {
  version?: string;
  dev?: boolean;
  optional?: boolean;
  engines?: { node?: string };
  hasInstallScript?: boolean;
}

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  engines: { node: string };
  dependencies?: Record<string, string>;
  scripts: Record<string, string>;
  allowScripts?: Record<string, boolean>;
};
const lock = JSON.parse(readFileSync(new URL('../package-lock.json', import.meta.url), 'utf8')) as { packages: Record<string, LockEntry> };
const entries = Object.entries(lock.packages).filter(([path]) => path !== '');
const nameOf = (path: string) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);

type Version = [number, number, number];
const parseVersion = (s: string): Version => {
  const m = /^v?(\d+)(?:\.(\d+|x))?(?:\.(\d+|x))?$/.exec(s.trim());
  if (!m) throw new Error(`unreadable version "${s}"`);
  return [Number(m[1]), m[2] && m[2] !== 'x' ? Number(m[2]) : 0, m[3] && m[3] !== 'x' ? Number(m[3]) : 0];
};
const compare = (a: Version, b: Version) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/** Whether `version` satisfies an engines range, in the forms npm packages use (`>=20`, `>= 8.0`, `^20.19.0 ||
 * >=22.12.0`, `>=0.6.11 <=0.7.0`, `>= 10.x`); a form it cannot read throws, so it is never silently admitted. */
function admits(range: string, version: Version): boolean {
  return range.split('||').some((alternative) =>
    alternative
      .trim()
      .replace(/([<>=^~]+)\s+/g, '$1')
      .split(/\s+/)
      .every((comparator) => {
        const m = /^(\^|~|>=|<=|>|<|=)?(.+)$/.exec(comparator);
        if (!m) throw new Error(`unreadable engines range "${range}"`);
        const bound = parseVersion(m[2]);
        const c = compare(version, bound);
        switch (m[1]) {
          case '^':
            return c >= 0 && version[0] === bound[0];
          case '~':
            return c >= 0 && version[0] === bound[0] && version[1] === bound[1];
          case '>=':
            return c >= 0;
          case '<=':
            return c <= 0;
          case '>':
            return c > 0;
          case '<':
            return c < 0;
          default:
            return c === 0;
        }
      }),
  );
}

describe('npm install on the Node the package declares', () => {
  const floor = /^>=\s*(\d+(?:\.\d+){0,2})$/.exec(pkg.engines.node);

  it('declares its Node floor as ">=N"', () => {
    expect(floor, `package.json engines.node is "${pkg.engines.node}"`).not.toBeNull();
  });

  it('runtime dependencies all support the lowest Node it declares', () => {
    const oldest = parseVersion(floor?.[1] ?? '0');
    const wanting = entries.filter(([, e]) => !e.dev && e.engines?.node && !admits(e.engines.node, oldest)).map(([path, e]) => `${nameOf(path)}@${e.version} wants node ${e.engines?.node}`);
    expect(wanting, `a user's \`npm install agent-blast-radius\` on Node ${floor?.[1]} prints EBADENGINE for these: pick versions that support it (see the pins in package.json)`).toEqual([]);
  });

  it('development dependencies support the Node running the tests', () => {
    const running = parseVersion(process.versions.node);
    const wanting = entries.filter(([, e]) => e.engines?.node && !e.optional && !admits(e.engines.node, running)).map(([path, e]) => `${nameOf(path)}@${e.version} wants node ${e.engines?.node}`);
    expect(wanting, `\`npm ci\` on Node ${process.versions.node} prints EBADENGINE for these`).toEqual([]);
  });

  it('installs nothing beside itself, and runs no script of its own at install', () => {
    // dist/cli/ bundles every package the CLI uses (scripts/build-cli.mjs): an install of the packed package was
    // 80 MB of node_modules, and is now the package alone. npm 11 warns about a dependency's `prepare` too.
    expect(Object.keys(pkg.dependencies ?? {})).toEqual([]);
    expect(Object.keys(pkg.scripts).filter((s) => ['preinstall', 'install', 'postinstall', 'prepare'].includes(s))).toEqual([]);
    expect(pkg.scripts.prepack).toBe('npm run build');
  });

  it("links its own command into a clone's node_modules/.bin without an install script (the README's `npx agent-blast-radius`)", () => {
    // npm links the commands of dependencies and workspaces, never the root package's own: a workspace that only
    // re-exports bin/agent-blast-radius.js under the same command name gives a clone's `npm install` the link.
    const root = fileURLToPath(new URL('..', import.meta.url));
    const links = (pkg.workspaces ?? []).map((w: string) => ({ dir: join(root, w), manifest: JSON.parse(readFileSync(join(root, w, 'package.json'), 'utf8')) }));
    const link = links.find((l: { manifest: { bin?: Record<string, string> } }) => l.manifest.bin?.['agent-blast-radius']);
    expect(link, 'a workspace whose bin is agent-blast-radius').toBeDefined();
    const entry = readFileSync(join(link.dir, link.manifest.bin['agent-blast-radius']), 'utf8');
    expect(entry).toContain("import '../../bin/agent-blast-radius.js'");
    expect(pkg.files).not.toContain('packages');
  });

  it('has reviewed every install script (package.json allowScripts), and lets esbuild fetch its binary', () => {
    const allow = pkg.allowScripts ?? {};
    const unreviewed = entries.filter(([path, e]) => e.hasInstallScript && !(nameOf(path) in allow)).map(([path, e]) => `${nameOf(path)}@${e.version}`);
    expect(unreviewed, 'npm 11 prints an install-scripts notice for these: `npm install-scripts approve NAME` or `npm install-scripts deny NAME`').toEqual([]);
    expect(allow.esbuild).toBe(true);
  });

  it('reads the engines ranges npm packages use', () => {
    expect(admits('>=22', [20, 20, 2])).toBe(false);
    expect(admits('>= 20', [20, 0, 0])).toBe(true);
    expect(admits('^20.19.0 || >=22.12.0', [20, 18, 0])).toBe(false);
    expect(admits('^20.19.0 || >=22.12.0', [20, 19, 1])).toBe(true);
    expect(admits('^20.0.0 || ^22.0.0 || >=24.0.0', [21, 0, 0])).toBe(false);
    expect(admits('>=0.6.11 <=0.7.0 || >=0.7.3', [20, 0, 0])).toBe(true);
    expect(admits('>= 10.x', [20, 0, 0])).toBe(true);
    expect(() => admits('node20', [20, 0, 0])).toThrow(/unreadable/);
  });
});
