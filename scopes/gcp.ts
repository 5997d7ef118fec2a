import { hostEnvironment } from '../src/classify/environment.js';
import { defineProvider, shapeScope } from '../src/resolve/define.js';

// Service-account keys and API keys (core.md §4); roles are only known from Google (testIamPermissions).
export default defineProvider({
  id: 'gcp',
  name: 'Google Cloud',
  hosts: ['oauth2.googleapis.com', 'cloudresourcemanager.googleapis.com', 'www.googleapis.com'],
  offline: (f) =>
    shapeScope({
      tokenKind: f.tokenKind,
      identity: f.facts.identity,
      resources: f.facts.project ? [`project ${f.facts.project}`] : [],
      environments: f.facts.project ? envOf(f.facts.project) : [],
      because: [
        f.tokenKind === 'service-account-key'
          ? `a service-account key${f.facts.project ? ` of project ${f.facts.project}` : ''}; its roles are only known from Google`
          : 'a Google API key; the APIs it is restricted to are only known from Google',
      ],
    }),
  remediation: (f) =>
    f.tokenKind === 'service-account-key'
      ? 'Drop the key file: use workload identity federation or service-account impersonation; if a key must stay, give the account a custom role with only the permissions needed (no Owner/Editor), then disable and delete this key under IAM → Service accounts → Keys.'
      : 'Restrict the API key to the APIs and referrers/IPs that need it, or replace it, at https://console.cloud.google.com/apis/credentials.',
});

function envOf(project: string): string[] {
  const env = hostEnvironment(project);
  return env ? [env] : [];
}
