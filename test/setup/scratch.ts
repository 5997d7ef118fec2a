// One scratch folder for the whole run: every temporary workspace, home and state folder the tests make
// (through os.tmpdir(), which each test worker points here in test/setup/no-network.ts) lands in it, and
// teardown removes it, so a test run leaves nothing behind in /tmp. World-readable like /tmp itself:
// test/cli-input.test.ts runs the CLI as `nobody` under it.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    scratch: string;
  }
}

export default function setup(project: TestProject): () => void {
  const scratch = mkdtempSync(join(tmpdir(), 'abr-test-'));
  chmodSync(scratch, 0o755);
  project.provide('scratch', scratch);
  return () => rmSync(scratch, { recursive: true, force: true, maxRetries: 3 });
}
