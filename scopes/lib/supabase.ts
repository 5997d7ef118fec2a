// One Supabase project, as every credential that reaches it names it: a service_role or sb_secret_ key
// (its JWT `ref` claim, or the SUPABASE_URL beside it) and a database URL (db.<ref>.supabase.co, or the
// pooler's user postgres.<ref>). The shared `key` lets the report connect credentials of one project.
import type { Finding, Resource } from '../../src/types.js';
import type { OfflineContext } from '../../src/resolve/define.js';
import { own } from '../../src/context/own.js';

/** The project `https://<ref>.supabase.co` (https://supabase.com/docs/guides/api/api-keys), keyed so two credentials of it are connected. */
export function supabaseProject(ref: string | undefined): Resource {
  return ref ? { kind: 'project', name: ref, qualifier: `https://${ref}.supabase.co`, key: `supabase:project:${ref}` } : { kind: 'project', count: 1 };
}

// Direct connection: host db.<ref>.supabase.co, user postgres; the pooler (Supavisor): host
// aws-<n>-<region>.pooler.supabase.com, user <role>.<ref>, port 5432 (session) or 6543 (transaction)
// (https://supabase.com/docs/guides/database/connecting-to-postgres). Project refs are 20 lower-case letters
// and digits (the JWT `ref` claim and the URL host, providers' references §8.1).
const DIRECT = /^db\.([a-z0-9]{20})\.supabase\.co$/;
const POOLER = /(?:^|\.)pooler\.supabase\.com$/;
const POOLER_USER = /^([a-z_][a-z0-9_$-]*)\.([a-z0-9]{20})$/;

export interface SupabaseDatabase {
  ref: string;
  /** The Postgres role the URL logs in as (`postgres` for the project's owner role). */
  role: string;
  via: 'direct' | 'pooler';
}

/** The Supabase project and role a database host and user name, or undefined when the host is not Supabase's. */
export function supabaseDatabase(host = '', user = ''): SupabaseDatabase | undefined {
  const h = host.toLowerCase();
  const direct = DIRECT.exec(h);
  if (direct) return { ref: direct[1], role: user, via: 'direct' };
  if (!POOLER.test(h)) return undefined;
  const u = POOLER_USER.exec(user.toLowerCase());
  return u ? { ref: u[2], role: u[1], via: 'pooler' } : undefined;
}

/**
 * The environment a Supabase project is in, offline: the config's map (by ref) first; else the file's
 * environment, since Supabase keeps one project per environment (providers' references §8.4). Undefined
 * when neither names one. `because` says which.
 */
export function projectEnvironment(f: Finding, ref: string | undefined, ctx?: OfflineContext): { environment?: string; because?: string } {
  const mapped = ref ? own(ctx?.environments, ref) : undefined;
  if (mapped) return { environment: mapped.toLowerCase(), because: `the configuration maps project ${ref} to ${mapped.toLowerCase()}` };
  const env = f.context.environment;
  if (env === 'unknown') return {};
  return {
    environment: env,
    because: `project ${ref ?? '(unnamed)'} is taken to be the ${env} environment its file names (Supabase keeps one project per environment; map the ref in the config's environments to say otherwise)`,
  };
}
