#!/usr/bin/env node
// Scaffolds detectors/<id>.ts from the template below and registers it in detectors/index.ts, so the
// tenth contributor writes the same shape as the first. Usage: node scripts/new-detector.mjs <id> <provider>
import { existsSync, writeFileSync } from 'node:fs';
import { register } from './lib/register.mjs';

const [id, provider] = process.argv.slice(2);
if (!id || !provider || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id) || !/^[a-z0-9-]+$/.test(provider)) {
  console.error('usage: node scripts/new-detector.mjs <kebab-case-id> <provider-id>');
  process.exit(2);
}
const file = new URL(`../detectors/${id}.ts`, import.meta.url);
if (existsSync(file)) {
  console.error(`detectors/${id}.ts already exists`);
  process.exit(2);
}
writeFileSync(
  file,
  `import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';

// TODO one line: the token format and the URL that documents it.
export default defineDetector({
  id: '${id}',
  provider: '${provider}',
  tokenKind: 'TODO-token-kind',
  keywords: ['todo_'],
  pattern: /\\b(todo_[A-Za-z0-9]{32})\\b/g,
  redaction: { kind: 'prefix', prefix: /^todo_/ },
  docs: { url: 'TODO', rotate: 'TODO: where to revoke it' },
  // Examples are built on first use (by the tests), never during a scan.
  examples: () => ({
    // Build secrets with the seeded generator, never as literals a pattern would match.
    positive: [
      { text: (t) => \`TODO_TOKEN=\${t}\`, secret: 'todo_' + fake.alnum(32), variable: 'TODO_TOKEN' },
      { text: (t) => \`{"token": "\${t}"}\`, secret: 'todo_' + fake.alnum(32) },
      { text: (t) => \`token: \${t}\`, secret: 'todo_' + fake.alnum(32) },
    ],
    negative: [
      { text: 'TODO_TOKEN=todo_' + 'x'.repeat(32), why: 'placeholder' },
      { text: 'TODO_TOKEN=todo_' + 'Ab3'.repeat(10), why: 'near miss: 30 characters' },
    ],
  }),
});
`,
);
register(new URL('../detectors/index.ts', import.meta.url), 'detectors', id);
console.log(`created detectors/${id}.ts and registered it; fill in the TODOs, then: npx vitest run test/detectors.test.ts`);
if (!existsSync(new URL(`../scopes/${provider}.ts`, import.meta.url))) console.log(`provider ${provider} has no scopes/${provider}.ts yet: node scripts/new-provider.mjs ${provider}`);
