import { readFileSync } from 'node:fs';

// package.json sits two levels above both src/ (tests) and dist/src/ (the built CLI)… or one, from src/.
function readVersion(): string {
  for (const rel of ['../package.json', '../../package.json']) {
    try {
      return (JSON.parse(readFileSync(new URL(rel, import.meta.url), 'utf8')) as { version: string }).version;
    } catch {
      // try the next candidate
    }
  }
  return '0.0.0';
}

export const VERSION = readVersion();
