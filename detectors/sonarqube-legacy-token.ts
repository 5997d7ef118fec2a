import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { randomBody } from './lib/prefixed.js';

// SonarQube and SonarCloud tokens issued before typed tokens (squ_/sqp_/sqa_, SonarQube 9.5) are 40 lower-case hex
// characters with no prefix (observed, UNCONFIRMED), passed as `sonar.token` or the older `sonar.login`
// (https://docs.sonarsource.com/sonarqube-server/latest/analyzing-source-code/analysis-parameters/) or the SONAR_TOKEN
// variable. A bare 40-hex value is a commit id as often as a token, so the value must be named by a sonar property,
// variable or flag. A user token carries its user's permissions.
const NAME = /sonar[._-]?(?:login|token|auth[._-]?token|api[._-]?token)|sonarLogin|sonarToken|sonarcloud[._-]?token/i;

export default defineDetector({
  id: 'sonarqube-legacy-token',
  provider: 'sonarqube',
  tokenKind: 'user-token',
  keywords: ['sonar'],
  pattern: /(?<![A-Za-z0-9_-])([a-f0-9]{40})(?![A-Za-z0-9_-])/g,
  check: (secret, input) => {
    if (!randomBody(secret, 3.2)) return false;
    const lead = input.text.slice(Math.max(0, input.index - 40), input.index);
    return NAME.test(input.variable ?? '') || NAME.test(lead);
  },
  redaction: { kind: 'none' },
  precedence: 'general',
  docs: {
    url: 'https://docs.sonarsource.com/sonarqube-server/latest/analyzing-source-code/analysis-parameters/',
    rotate: 'https://docs.sonarsource.com/sonarqube-server/latest/user-guide/managing-tokens/#revoking-a-token',
  },
  examples: () => ({
    positive: [
      { text: (t) => `mvn sonar:sonar -Dsonar.host.url=https://sonarcloud.io -Dsonar.login=${t}`, secret: fake.hex(40), path: 'ci.sh' },
      { text: (t) => `SONAR_TOKEN=${t}`, secret: fake.hex(40), variable: 'SONAR_TOKEN' },
      { text: (t) => `sonar.token=${t}\nsonar.projectKey=acme\n`, secret: fake.hex(40), path: 'sonar-project.properties' },
    ],
    negative: [
      { text: `sonar.scm.revision=${fake.hex(40)}`, why: 'a commit id, not a token' },
      { text: `SONAR_TOKEN=${fake.hex(32)}`, why: 'near miss: 32 hex characters' },
      { text: `git checkout ${fake.hex(40)}`, why: 'no sonar name' },
    ],
  }),
});
