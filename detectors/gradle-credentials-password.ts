import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { STAND_IN } from './lib/command.js';

// Gradle repository credentials: `credentials { username '…' password '…' }` (Groovy) or `password = "…"` (Kotlin)
// inside a repository block (https://docs.gradle.org/current/userguide/declaring_repositories_adv.html#sec:authentication-schemes,
// https://docs.gradle.org/current/dsl/org.gradle.api.artifacts.repositories.PasswordCredentials.html).
export default defineDetector({
  id: 'gradle-credentials-password',
  provider: 'command-line',
  tokenKind: 'repository-password',
  keywords: ['credentials'],
  pattern: /(?:^|[\s{;])password[ \t]*(?:=[ \t]*)?["'](?<secret>[^"'$\r\n]{1,256})["']/gm,
  // The pattern runs only around its keywords (Detector.near): every match opens on `password` or the character before it.
  near: { keywords: ['password'], from: -1, to: 0, reach: 300 },
  check: (secret, input) => {
    if (STAND_IN.test(secret)) return false;
    // Inside the `credentials {` block: opened within 400 characters back, not closed since.
    const back = input.text.slice(Math.max(0, input.index - 400), input.index);
    const open = back.search(/credentials\s*(?:\(\s*\w+(?:::class)?\s*\))?\s*\{[^}]*$/);
    return open >= 0;
  },
  redaction: { kind: 'none' },
  docs: {
    url: 'https://docs.gradle.org/current/dsl/org.gradle.api.artifacts.repositories.PasswordCredentials.html',
    rotate: "change the repository account's password or token at the repository manager, and read it from gradle.properties outside the workspace or the environment",
  },
  examples: () => ({
    positive: [
      {
        text: (p) => `maven {\n  url "https://nexus.acme-corp.io/repository/releases"\n  credentials {\n    username 'deployer'\n    password '${p}'\n  }\n}`,
        secret: fake.password(16),
        path: 'build.gradle',
      },
      { text: (p) => `credentials {\n    username = "ci"\n    password = "${p}"\n}`, secret: fake.alnum(20), path: 'build.gradle.kts' },
      { text: (p) => `credentials(PasswordCredentials::class) { username = "bot"; password = "${p}" }`, secret: fake.alnum(24), path: 'settings.gradle.kts' },
    ],
    negative: [
      { text: 'credentials {\n  username mavenUser\n  password mavenPassword\n}', why: 'properties, not literals' },
      { text: 'credentials {\n  username "SOME_USERNAME"\n  password "SOME_PASSWORD"\n}', why: 'the value names the field' },
      { text: "def login(password = 'hunter2') {}", why: 'no credentials block' },
    ],
  }),
});
