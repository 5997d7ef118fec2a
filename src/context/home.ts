// The user's home directory: where --home reads credential stores, and the base `~/…` paths are shown against.
import { homedir } from 'node:os';

export function homeDirectory(): string {
  return process.env.HOME || homedir();
}
