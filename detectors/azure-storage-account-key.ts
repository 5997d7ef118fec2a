import { defineDetector } from '../src/detect/define.js';
import { before } from './lib/context.js';
import * as fake from '../src/detect/fake.js';

// An Azure Storage connection string carries the account key itself: AccountName=<name>;AccountKey=<key>
// (https://learn.microsoft.com/azure/storage/common/storage-configure-connection-string); a key is 64 bytes, so 88
// base64 characters ending ==. It is full control of the account: every blob, file share, queue and table, deletes
// included. The local emulator's account (devstoreaccount1) uses a published key and is not reported.
const ACCOUNT = /AccountName=([a-z0-9]{3,24})/;

export default defineDetector({
  id: 'azure-storage-account-key',
  provider: 'azure-storage',
  tokenKind: 'account-key',
  keywords: ['accountkey='],
  pattern: /AccountKey=([A-Za-z0-9+/]{86}==)(?![A-Za-z0-9+/=])/g,
  check: (secret, input) => !before(input, /AccountName=devstoreaccount1\b/, 300) && /[A-Z]/.test(secret) && /[a-z]/.test(secret) && /[0-9]/.test(secret),
  enrich: (_secret, input) => {
    const account = ACCOUNT.exec(input.text.slice(Math.max(0, input.index - 300), input.index + 200))?.[1];
    return account ? { facts: { user: account } } : {};
  },
  redaction: { kind: 'none' },
  docs: {
    url: 'https://learn.microsoft.com/azure/storage/common/storage-configure-connection-string',
    rotate: 'https://learn.microsoft.com/azure/storage/common/storage-account-keys-manage#manually-rotate-access-keys',
  },
  examples: () => {
    const conn = (account: string, key: string) => `DefaultEndpointsProtocol=https;AccountName=${account};AccountKey=${key};EndpointSuffix=core.windows.net`;
    const key = () => fake.base64(86) + '==';
    const k1 = key();
    const k2 = key();
    const k3 = key();
    return {
      positive: [
        { text: (t) => `AZURE_STORAGE_CONNECTION_STRING=${conn('acmeprodlogs', t)}`, secret: k1 },
        { text: (t) => `{"Values":{"AzureWebJobsStorage":"${conn('acmefuncstaging', t)}"}}`, secret: k2, path: 'local.settings.json' },
        { text: (t) => `storage:\n  connection: "${conn('acmedata', t)}"\n`, secret: k3 },
      ],
      negative: [
        { text: `UseDevelopmentStorage=true;AccountName=devstoreaccount1;AccountKey=${key()}`, why: "the local emulator's published account" },
        { text: `AccountName=acme;AccountKey=${fake.base64(40)}==`, why: 'near miss: a 42-character key' },
      ],
    };
  },
});
