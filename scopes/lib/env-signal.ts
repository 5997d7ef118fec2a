// Environment signals from provider-side names that are not environments themselves (a Heroku app, a Neon
// project, an Atlas project, a Twilio subaccount): the config's `environments` map first, then the words of the
// name (`acme-api-staging` → staging). A name that says nothing gives no environment, rather than an
// "environment" called after the app, which would read as another non-production environment (ABR008).
import { environmentOfWord, hostEnvironment } from '../../src/classify/environment.js';
import type { DestroyPrimitive } from '../../src/types.js';

export function signalEnvironment(name: string, map: Record<string, string> = {}, ...keys: string[]): string | undefined {
  for (const k of [name, ...keys]) if (k && map[k]) return map[k].toLowerCase();
  // The word nearest the end wins, as for file names (`prod-db-staging` is staging).
  const words = name.split(/[\s._/:-]+/).filter(Boolean);
  for (let i = words.length - 1; i >= 0; i--) {
    const env = environmentOfWord(words[i]);
    if (env) return env;
  }
  return hostEnvironment(name);
}

/** The distinct environments named; a root credential whose resources name none reaches every environment (`*`). */
export function environmentsOf(signals: Array<string | undefined>, root: boolean): string[] {
  const named = [...new Set(signals.filter((e): e is string => !!e))];
  return root ? (named.length ? [...named, '*'] : ['*']) : named;
}

/** `3 apps: a, b, c` (at most `max` names). */
export function countOf(noun: string, names: string[], max = 10, plural = `${noun}s`): string {
  const shown = names.slice(0, max).join(', ');
  return `${names.length} ${names.length === 1 ? noun : plural}${names.length ? `: ${shown}${names.length > max ? ', …' : ''}` : ''}`;
}

export type Destroy = Omit<DestroyPrimitive, 'certainty'> & { certainty?: DestroyPrimitive['certainty'] };

/** One entry per action (and backup verdict and certainty), the resources joined: `deleteCluster: a; b`. */
export function mergeDestroy(list: Destroy[]): Destroy[] {
  const out: Destroy[] = [];
  for (const d of list) {
    const same = out.find((x) => x.action === d.action && x.destroysBackups === d.destroysBackups && (x.certainty ?? 'confirmed') === (d.certainty ?? 'confirmed'));
    if (same) same.resource += `; ${d.resource}`;
    else out.push({ ...d });
  }
  return out;
}
