import { defineProvider, shapeScope } from '../src/resolve/define.js';

// "Requests that write data require reporting access and require an API key. Requests that read data require
// full access and also require an application key" (https://docs.datadoghq.com/api/latest/authentication/);
// application keys carry their owner's permissions unless scoped.
export default defineProvider({
  id: 'datadog',
  name: 'Datadog',
  hosts: [
    'api.datadoghq.com',
    'api.us3.datadoghq.com',
    'api.us5.datadoghq.com',
    'api.datadoghq.eu',
    'api.ap1.datadoghq.com',
    'api.ap2.datadoghq.com',
    'api.ddog-gov.com',
  ],
  offline: (f) => {
    if (f.tokenKind === 'api-key') {
      return shapeScope({
        tokenKind: f.tokenKind,
        resources: ['data submission (metrics, logs, events) to its organization'],
        because: ['an API key alone submits data; reading and changing configuration need an application key'],
      });
    }
    return shapeScope({
      tokenKind: f.tokenKind,
      resources: ["its owner's permissions, or its scopes"],
      because: [
        'an application key carries its owner\'s permissions unless scoped; which is only known from Datadog',
        'an unscoped key of an admin can delete dashboards, monitors, log indexes, pipelines, users and keys, and mute monitors with downtimes',
      ],
    });
  },
  remediation: (f) =>
    f.tokenKind === 'api-key'
      ? 'Use a dedicated API key per agent or service, and revoke this one at https://app.datadoghq.com/organization-settings/api-keys.'
      : 'Replace it with a scoped application key (e.g. monitors_read) owned by a service account, and revoke this one at https://app.datadoghq.com/organization-settings/application-keys.',
});
