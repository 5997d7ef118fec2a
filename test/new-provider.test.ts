// scripts/new-provider.mjs writes a provider's three files in the shape every provider has, and registers
// it in alphabetical order. Run here into a temporary copy of the registry (--out), so the repository is untouched.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

describe('node scripts/new-provider.mjs NAME --out DIR', () => {
  const out = mkdtempSync(join(tmpdir(), 'abr-scaffold-'));
  mkdirSync(join(out, 'scopes'));
  cpSync(join(ROOT, 'scopes/index.ts'), join(out, 'scopes/index.ts'));
  const log = execFileSync(process.execPath, [join(ROOT, 'scripts/new-provider.mjs'), 'acme-cloud', '--out', out], { encoding: 'utf8' });
  const read = (rel: string) => readFileSync(join(out, rel), 'utf8');

  it('writes the resolver, the stand-in and the test, and says which files it touched', () => {
    for (const rel of ['scopes/acme-cloud.ts', 'test/standins/acme-cloud.ts', 'test/acme-cloud.test.ts']) expect(existsSync(join(out, rel)), rel).toBe(true);
    expect(log).toMatch(/^4 files: scopes\/acme-cloud\.ts, test\/standins\/acme-cloud\.ts, test\/acme-cloud\.test\.ts, scopes\/index\.ts$/m);
  });

  it('the resolver declares its id, a read-only egress allowlist, an offline verdict and remediation', () => {
    const s = read('scopes/acme-cloud.ts');
    expect(s).toContain("id: 'acme-cloud'");
    expect(s).toMatch(/routes: \[\{ method: 'GET', path: /);
    for (const key of ['egress,', 'resolve: resolveAcmeCloud,', 'offline: (f) =>', 'remediation: (_f, scope) =>']) expect(s).toContain(key);
    expect(s).toContain('revokedScope(');
  });

  it('the test runs the canonical cases through the shared helper against the stand-in', () => {
    const t = read('test/acme-cloud.test.ts');
    expect(t).toContain("import { canonicalCases, providerSuite } from './canonical.js';");
    expect(t).toContain("import { startAcmeCloud } from './standins/acme-cloud.js';");
    expect(t).toContain('canonicalCases(suite, { root: T.root, revoked: T.revoked, odd: T.odd });');
    expect(read('test/standins/acme-cloud.ts')).toContain("serve('acme-cloud', bearer,");
  });

  it('registers the provider in scopes/index.ts in alphabetical order', () => {
    const lines = read('scopes/index.ts').split('\n');
    const imports = lines.filter((l) => /^import \w+ from '\.\//.test(l));
    expect(imports).toContain("import acmeCloud from './acme-cloud.js';");
    const names = imports.map((l) => /'\.\/([a-z0-9-]+)\.js'/.exec(l)![1]);
    expect(names).toEqual([...names].sort());
    const open = lines.findIndex((l) => l.startsWith('export const providers'));
    const entries = lines.slice(open + 1, lines.indexOf('];', open)).map((l) => l.trim().replace(/,$/, ''));
    expect(entries.indexOf('acmeCloud')).toBe(imports.indexOf("import acmeCloud from './acme-cloud.js';"));
  });

  it('the resolver it writes type-checks against the current types (scope records, not prose)', () => {
    // The generated file beside this repository's src/ and node_modules, checked alone by tsc.
    symlinkSync(join(ROOT, 'src'), join(out, 'src'));
    symlinkSync(join(ROOT, 'node_modules'), join(out, 'node_modules'));
    const compilerOptions = { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, skipLibCheck: true, noEmit: true, types: ['node'] };
    writeFileSync(join(out, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['scopes/acme-cloud.ts'] }));
    let output = '';
    try {
      execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(out, 'tsconfig.json')], { encoding: 'utf8', stdio: 'pipe' });
    } catch (e) {
      output = (e as { stdout: string }).stdout;
    }
    expect(output).toBe('');
  }, 120_000);

  it('refuses an existing provider and a name that is not kebab-case', () => {
    const run = (...a: string[]) => {
      try {
        execFileSync(process.execPath, [join(ROOT, 'scripts/new-provider.mjs'), ...a], { encoding: 'utf8', stdio: 'pipe' });
        return 0;
      } catch (e) {
        return (e as { status: number }).status;
      }
    };
    expect(run('acme-cloud', '--out', out)).toBe(2);
    expect(run('Acme_Cloud', '--out', out)).toBe(2);
  });
});
