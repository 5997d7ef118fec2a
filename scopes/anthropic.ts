import { defineProvider, shapeScope } from '../src/resolve/define.js';

// Admin keys administer the organization: members, roles, invites, workspaces, API keys
// (https://docs.anthropic.com/en/api/administration-api); an API key belongs to one workspace, with no
// per-endpoint scopes found (UNCONFIRMED); DELETE /v1/files/{id} makes a file inaccessible.
export default defineProvider({
  id: 'anthropic',
  name: 'Anthropic',
  hosts: ['api.anthropic.com'],
  offline: (f) => {
    if (f.tokenKind === 'admin-key') {
      return shapeScope({
        tokenKind: f.tokenKind,
        root: true,
        environments: ['*'],
        resources: ['the whole organization: members, roles, invites, workspaces, API keys'],
        destroy: [
          { action: 'DELETE /v1/organizations/users/{user_id}', resource: 'every member of the organization', destroysBackups: false },
          { action: 'POST /v1/organizations/workspaces/{workspace_id}/archive', resource: 'every workspace', destroysBackups: false },
          { action: 'API key status update (disable)', resource: 'every API key of the organization', destroysBackups: false },
        ],
        because: ['sk-ant-admin01- is an Admin API key: it administers every member, workspace and API key of the organization'],
      });
    }
    if (f.tokenKind === 'api-key') {
      return shapeScope({
        tokenKind: f.tokenKind,
        resources: ['one workspace'],
        destroy: [{ action: 'DELETE /v1/files/{file_id}', resource: 'every file uploaded to its workspace', destroysBackups: false }],
        because: [
          'an API key is bound to one workspace; no per-endpoint scopes on API keys were found (UNCONFIRMED), so it can delete the workspace\'s files and run up spend',
        ],
      });
    }
    return shapeScope({ tokenKind: f.tokenKind, because: [`an Anthropic ${f.tokenKind} whose reach only Anthropic can tell`] });
  },
  remediation: (f) =>
    f.tokenKind === 'admin-key'
      ? 'Keep Admin keys out of runtime and files the agent reads; disable this one at https://console.anthropic.com/settings/admin-keys and give the app a key from its own workspace.'
      : 'Give each app a dedicated workspace with its own key, and disable this one at https://console.anthropic.com/settings/keys.',
});
