import { defineProvider, shapeScope } from '../src/resolve/define.js';

// Admin keys manage users, projects, API keys and audit logs, and mint working keys
// (https://platform.openai.com/docs/api-reference/administration); projects "can be archived, but cannot be
// deleted". Project keys are All, Restricted or Read Only (https://help.openai.com/en/articles/8867743).
export default defineProvider({
  id: 'openai',
  name: 'OpenAI',
  hosts: ['api.openai.com'],
  offline: (f) => {
    if (f.tokenKind === 'admin-key') {
      return shapeScope({
        tokenKind: f.tokenKind,
        root: true,
        environments: ['*'],
        resources: ['the whole organization: users, projects, API keys, audit logs'],
        destroy: [
          { action: 'DELETE /v1/organization/users/{user_id}', resource: 'every member of the organization', destroysBackups: false },
          { action: 'delete project API keys', resource: 'every project API key', destroysBackups: false },
          { action: 'POST /v1/organization/projects/{project_id}/archive', resource: 'every project ("Archived projects cannot be used or updated")', destroysBackups: false },
        ],
        because: ['sk-admin- is an organization Admin API key: it manages every user, project and API key, and can mint working keys (a new service account returns an unredacted key)'],
      });
    }
    return shapeScope({
      tokenKind: f.tokenKind,
      resources: [f.tokenKind === 'user-key' ? 'the organizations and projects of its user (legacy user key)' : 'one project'],
      because: [
        `an OpenAI ${f.tokenKind}: its permission mode (All, Restricted, Read Only) is only known from OpenAI`,
        'an All key can delete its project\'s files, assistants and other stored objects (list UNCONFIRMED) and spend on the account',
      ],
    });
  },
  remediation: (f) =>
    f.tokenKind === 'admin-key'
      ? 'Keep Admin keys out of apps and files the agent reads; delete this one at https://platform.openai.com/settings/organization/admin-keys and give the app a Restricted service-account key of its own project.'
      : 'Replace it with a service-account key in a dedicated project, set to Restricted with only the endpoints the task needs (e.g. Models: Read, Model capabilities: Request), and revoke this one at https://platform.openai.com/api-keys.',
});
