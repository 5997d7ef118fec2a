import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';

// SonarQube Server tokens carry their type in the prefix (https://docs.sonarsource.com/sonarqube-server/latest/user-guide/managing-tokens/):
// squ_ user token, sqp_ project analysis token, sqa_ global analysis token; 40 lower-case hex after it as observed
// (length UNCONFIRMED). A user token carries its user's permissions (an administrator's deletes projects); an
// analysis token only runs analyses.
const KINDS: Record<string, string> = { squ_: 'user-token', sqp_: 'project-analysis-token', sqa_: 'global-analysis-token' };

export default defineDetector({
  id: 'sonarqube-token',
  provider: 'sonarqube',
  tokenKind: 'user-token',
  keywords: ['squ_', 'sqp_', 'sqa_'],
  pattern: /\b(sq[upa]_[a-f0-9]{40})\b/g,
  check: (secret) => /[a-f]/.test(secret.slice(4)) && /[0-9]/.test(secret.slice(4)),
  enrich: (secret) => ({ tokenKind: KINDS[secret.slice(0, 4)] }),
  redaction: { kind: 'prefix', prefix: /^sq[upa]_/ },
  docs: {
    url: 'https://docs.sonarsource.com/sonarqube-server/latest/user-guide/managing-tokens/',
    rotate: 'https://docs.sonarsource.com/sonarqube-server/latest/user-guide/managing-tokens/#revoking-a-token',
  },
  examples: () => ({
    positive: [
      { text: (t) => `SONAR_TOKEN=${t}`, secret: 'squ_' + fake.hex(40), variable: 'SONAR_TOKEN' },
      { text: (t) => `sonar-scanner -Dsonar.host.url=https://sonar.acme.io -Dsonar.token=${t}`, secret: 'sqp_' + fake.hex(40) },
      { text: (t) => `      - uses: SonarSource/sonarqube-scan-action@v5\n        env:\n          SONAR_TOKEN: ${t}\n`, secret: 'sqa_' + fake.hex(40) },
    ],
    negative: [
      { text: `SONAR_TOKEN=squ_${fake.hex(32)}`, why: 'near miss: 32 hex characters' },
      { text: 'SONAR_TOKEN=squ_' + '0'.repeat(40), why: 'a placeholder of zeros' },
    ],
  }),
});
