// Every provider, registered once. A new provider is one file in this folder plus one line here.
import type { Provider } from '../src/resolve/define.js';
import github from './github.js';
import railway from './railway.js';
// -- core: more imports here --
// -- saas: imports (begin) --
// -- saas: imports (end) --

export const providers: Provider[] = [
  github,
  railway,
  // -- core: more entries here --
  // -- saas: entries (begin) --
  // -- saas: entries (end) --
];

const byId = new Map(providers.map((p) => [p.id, p]));

export function provider(id: string): Provider | undefined {
  return byId.get(id);
}
