import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';

// HubSpot private app access tokens start pat- and the account's data-centre region (na1, na2, eu1, ap1), then a UUID
// (https://developers.hubspot.com/docs/guides/apps/private-apps/overview; the region list beyond na1/eu1 is UNCONFIRMED).
// A token has the scopes its private app was given: CRM objects, contacts (personal data), and deleting them.
export default defineDetector({
  id: 'hubspot-private-app-token',
  provider: 'hubspot',
  tokenKind: 'private-app-token',
  keywords: ['pat-na', 'pat-eu', 'pat-ap'],
  pattern: /\b(pat-(?:na|eu|ap)[0-9]-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b/g,
  redaction: { kind: 'prefix', prefix: /^pat-(?:na|eu|ap)[0-9]-/ },
  docs: {
    url: 'https://developers.hubspot.com/docs/guides/apps/private-apps/overview',
    rotate: 'https://developers.hubspot.com/docs/guides/apps/private-apps/overview#rotate-your-private-app-access-token',
  },
  examples: () => ({
    positive: [
      { text: (t) => `HUBSPOT_ACCESS_TOKEN=${t}`, secret: 'pat-na1-' + fake.uuid(), variable: 'HUBSPOT_ACCESS_TOKEN' },
      { text: (t) => `const hubspot = new Client({ accessToken: '${t}' });`, secret: 'pat-eu1-' + fake.uuid() },
      { text: (t) => `curl https://api.hubapi.com/crm/v3/objects/contacts -H "Authorization: Bearer ${t}"`, secret: 'pat-na1-' + fake.uuid() },
    ],
    negative: [
      { text: `HUBSPOT_ACCESS_TOKEN=pat-na1-${fake.hex(8)}`, why: 'near miss: a truncated UUID' },
      { text: 'HUBSPOT_ACCESS_TOKEN=pat-na1-00000000-0000-0000-0000-000000000000', why: 'a placeholder of zeros' },
    ],
  }),
});
