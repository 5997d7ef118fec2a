import { defineProvider, shapeScope } from '../src/resolve/define.js';

// A key's organization and project roles come back from GET /api/atlas/v2 (apiKey.roles[]); a Project Owner
// can delete clusters with termination protection off, and the Admin API can create database users
// (https://www.mongodb.com/docs/atlas/api/api-authentication/). Snapshot retention on deletion is UNCONFIRMED.
export default defineProvider({
  id: 'mongodb-atlas',
  name: 'MongoDB Atlas',
  hosts: ['cloud.mongodb.com'],
  offline: (f) =>
    shapeScope({
      tokenKind: f.tokenKind,
      identity: f.facts.publicKey ?? f.facts.clientId,
      resources: ['the organizations and projects of its roles'],
      because: [
        `an Atlas ${f.tokenKind}: its roles (Organization Owner, Project Owner, read-only…) are only known from Atlas`,
        'with Project Owner it can delete clusters (termination protection off; whether snapshots go too is UNCONFIRMED) and create database users, a path to the data',
      ],
    }),
  remediation: () =>
    'Replace it with a service account holding the minimal project role (e.g. Project Read Only) and an IP access list, and delete this key in Atlas under Organization Access Manager → Applications (https://cloud.mongodb.com).',
});
