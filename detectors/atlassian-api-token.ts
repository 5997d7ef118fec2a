import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';

// Atlassian cloud API tokens: "An API token is identified by the prefix ATAT" (Atlassian's own
// BitbucketCloudApiTokenUtils, https://docs.atlassian.com/atlassian-bamboo/11.0.7/com/atlassian/bamboo/repository/configuration/BitbucketCloudApiTokenUtils.html),
// and Atlassian warns the length varies (https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account/).
// Tokens issued today read ATATT + base64url + = + 8 upper-case hex (observed, UNCONFIRMED); 100–400 characters are
// accepted. A token acts as its user in Jira, Confluence and Bitbucket over basic auth with the user's email.
export default defineDetector({
  id: 'atlassian-api-token',
  provider: 'atlassian',
  tokenKind: 'api-token',
  keywords: ['atatt'],
  pattern: /(?<![A-Za-z0-9_-])(ATATT[A-Za-z0-9_-]{100,400}=[A-F0-9]{8})(?![A-Za-z0-9_=-])/g,
  check: (secret) => /[a-z]/.test(secret) && /[0-9]/.test(secret.slice(5, -9)),
  redaction: { kind: 'prefix', prefix: /^ATATT/ },
  docs: { url: 'https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account/', rotate: 'https://id.atlassian.com/manage-profile/security/api-tokens' },
  examples: () => ({
    positive: [
      { text: (t) => `JIRA_API_TOKEN=${t}`, secret: `ATATT3${fake.base64url(180)}=${fake.upperHex(8)}`, variable: 'JIRA_API_TOKEN' },
      {
        text: (t) =>
          `{"mcpServers":{"atlassian":{"command":"uvx","args":["mcp-atlassian"],"env":{"CONFLUENCE_URL":"https://acme.atlassian.net/wiki","CONFLUENCE_USERNAME":"dev@acme.example","CONFLUENCE_API_TOKEN":"${t}"}}}}`,
        secret: `ATATT3${fake.base64url(180)}=${fake.upperHex(8)}`,
      },
      { text: (t) => `curl -u dev@acme.example:${t} https://acme.atlassian.net/rest/api/3/myself`, secret: `ATATT3${fake.base64url(150)}=${fake.upperHex(8)}` },
    ],
    negative: [
      { text: `JIRA_API_TOKEN=ATATT3${fake.base64url(180)}`, why: 'near miss: the closing =<8 hex> is missing' },
      { text: `JIRA_API_TOKEN=ATATT3${fake.base64url(40)}=${fake.upperHex(8)}`, why: 'near miss: far too short' },
    ],
  }),
});
