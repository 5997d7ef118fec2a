import { defineProvider, shapeScope, type OfflineContext } from '../src/resolve/define.js';
import type { DestroyPrimitive, Finding, Resource } from '../src/types.js';

// Azure Storage credentials, read offline: nothing is sent.
// - An account key (connection string AccountKey=) authorises every data-plane call on the account with Shared
//   Key: every container, blob, file share, queue and table, deletes included
//   (https://learn.microsoft.com/rest/api/storageservices/authorize-with-shared-key): root for that storage account.
//   Checking it online would mean signing a request with it; this tool does not (yet).
// - A shared access signature states what it grants in its own fields, so no call is needed to read it: sp
//   (permissions: d delete, x delete version, y permanently delete a soft-deleted snapshot or version …), ss/srt
//   (account SAS: services and resource types), sr (service SAS: one container, blob, share or file), se (expiry)
//   (https://learn.microsoft.com/rest/api/storageservices/create-account-sas,
//   https://learn.microsoft.com/rest/api/storageservices/create-service-sas). Whether it is still valid (its key
//   not rotated, its stored access policy not removed) is only known by using it, which this tool does not do.
// Backups: blob soft delete and versions keep deleted data for a retention period
// (https://learn.microsoft.com/azure/storage/blobs/soft-delete-blob-overview); `y` (permanent delete) removes
// them. Whether the account has soft delete on is UNCONFIRMED from here.

type Primitive = Omit<DestroyPrimitive, 'certainty'>;

const SERVICES: Record<string, string> = { b: 'blob', f: 'file', q: 'queue', t: 'table' };
const SERVICE_RESOURCE: Record<string, { one: string; many: string }> = {
  b: { one: 'container', many: 'containers' },
  c: { one: 'container', many: 'containers' },
  bv: { one: 'blob version', many: 'blob versions' },
  bs: { one: 'blob snapshot', many: 'blob snapshots' },
  d: { one: 'directory', many: 'directories' },
  f: { one: 'file', many: 'files' },
  s: { one: 'file share', many: 'file shares' },
};

function accountOf(f: Finding): Resource {
  return { kind: 'account', noun: { one: 'storage account', many: 'storage accounts' }, ...(f.facts.user ? { name: f.facts.user } : { any: true }) };
}

/** A storage account's name has no separators to read words from: only the config's environments map names its environment. */
function environmentOf(f: Finding, ctx?: OfflineContext): string[] {
  const env = f.facts.user ? ctx?.environments[f.facts.user] : undefined;
  return env ? [env.toLowerCase()] : [];
}

/** What a SAS's own fields grant: its permissions on its services and resources, until its expiry. */
function sasScope(f: Finding, ctx?: OfflineContext) {
  const sp = f.facts.sas_sp ?? '';
  const se = f.facts.sas_se;
  const expires = se ? Date.parse(se) : Number.NaN;
  const account = accountOf(f);
  const env = environmentOf(f, ctx);
  const services = [...(f.facts.sas_ss ?? '')].map((s) => SERVICES[s]).filter(Boolean);
  const scopeWords =
    f.tokenKind === 'service-sas'
      ? `one ${SERVICE_RESOURCE[f.facts.sas_sr ?? '']?.one ?? 'resource'} (sr=${f.facts.sas_sr ?? '?'})`
      : `${services.length ? services.join(', ') : 'some'} services (ss=${f.facts.sas_ss ?? '?'}, srt=${f.facts.sas_srt ?? '?'})`;
  const because = [`a shared access signature read offline: permissions sp=${sp} on ${scopeWords} of storage account ${f.facts.user ?? '(unnamed)'}${se ? `, until ${se}` : ', no expiry field'}`];
  if (!Number.isNaN(expires) && expires < Date.now()) {
    return shapeScope({ tokenKind: f.tokenKind, identity: f.facts.user, environments: env, resources: [account], because: [...because, `it expired on ${se}: Azure refuses it from then on`] });
  }
  const target: Resource =
    f.tokenKind === 'service-sas'
      ? { kind: 'object', noun: SERVICE_RESOURCE[f.facts.sas_sr ?? ''] ?? { one: 'resource', many: 'resources' }, any: true, within: account }
      : { kind: 'object', all: true, within: account };
  const destroy: Primitive[] = [];
  if (sp.includes('d')) {
    if (f.tokenKind !== 'service-sas' && (f.facts.sas_srt ?? '').includes('c'))
      destroy.push({ action: 'Delete Container', target: { kind: 'bucket', noun: { one: 'container', many: 'containers' }, all: true, within: account }, destroysBackups: false });
    destroy.push({ action: 'Delete Blob / Delete File', target, destroysBackups: false });
  }
  if (sp.includes('x')) destroy.push({ action: 'Delete Blob (versionid)', target, destroysBackups: false });
  // `y`: permanently delete a soft-deleted snapshot or version — the account's own recovery copies.
  if (sp.includes('y'))
    destroy.push({
      action: 'Delete Blob (deletetype=permanent)',
      target: { kind: 'backup', noun: { one: 'soft-deleted version', many: 'soft-deleted versions and snapshots' }, all: true, within: account },
      destroysBackups: true,
    });
  return shapeScope({ tokenKind: f.tokenKind, identity: f.facts.user, environments: env, resources: [{ ...account, access: [`sp=${sp}`] }], destroy, because });
}

export default defineProvider({
  id: 'azure-storage',
  name: 'Azure Storage',
  hosts: [],
  offline: (f, ctx) => {
    if (f.tokenKind !== 'account-key') return sasScope(f, ctx);
    const account = accountOf(f);
    return shapeScope({
      tokenKind: f.tokenKind,
      identity: f.facts.user,
      root: true,
      environments: environmentOf(f, ctx),
      resources: [account],
      destroy: [
        { action: 'Delete Container', target: { kind: 'bucket', noun: { one: 'container', many: 'containers' }, all: true, within: account }, destroysBackups: false },
        { action: 'Delete Share', target: { kind: 'volume', noun: { one: 'file share', many: 'file shares' }, all: true, within: account }, destroysBackups: false },
        {
          action: 'Delete Blob (deletetype=permanent)',
          target: { kind: 'backup', noun: { one: 'soft-deleted version', many: 'soft-deleted versions and snapshots' }, all: true, within: account },
          destroysBackups: true,
        },
      ],
      because: [
        'an Azure Storage account key: Shared Key authorises every data-plane call on the account — every blob, file share, queue and table, deletes included; backups kept in the account (blob versions, snapshots, exports) go with them where permanent delete is enabled (UNCONFIRMED)',
      ],
    });
  },
  remediation: (f) =>
    f.tokenKind === 'account-key'
      ? "Give the agent a user-delegation SAS or an Entra ID role scoped to the one container, with read and list only, disable shared-key access if nothing needs it, and rotate this key in the account's Access keys (https://learn.microsoft.com/azure/storage/common/storage-account-keys-manage)."
      : 'Issue a short-lived user-delegation SAS for the one container with read and list only (sp=rl), never d, x or y, and revoke this one: rotate the account key that signed it, or remove its stored access policy (https://learn.microsoft.com/azure/storage/common/storage-sas-overview#revoke-a-sas).',
});
