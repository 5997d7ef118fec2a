import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { STAND_IN } from './lib/command.js';

// `ConvertTo-SecureString` with a quoted literal and `-AsPlainText -Force` turns a literal into a credential's password
// (https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring):
// the literal is the password, in the script.
export default defineDetector({
  id: 'powershell-plaintext-securestring',
  provider: 'command-line',
  tokenKind: 'powershell-password',
  keywords: ['convertto-securestring'],
  pattern: /\bConvertTo-SecureString[ \t]+(?:-String[ \t]+)?["'](?<secret>[^"'$`\r\n]{1,256})["'][ \t]+-AsPlainText\b/gi,
  check: (secret) => !STAND_IN.test(secret),
  redaction: { kind: 'none' },
  docs: {
    url: 'https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring',
    rotate: 'change the password where it is used, and read it with Get-Credential or a SecretManagement vault instead',
  },
  examples: () => ({
    positive: [
      { text: (p) => `$pw = ConvertTo-SecureString "${p}" -AsPlainText -Force`, secret: fake.password(16), path: 'deploy.ps1' },
      { text: (p) => `$cred = New-Object PSCredential("svc", (ConvertTo-SecureString '${p}' -AsPlainText -Force))`, secret: fake.alnum(20), path: 'ops/run.ps1' },
      { text: (p) => `$s = ConvertTo-SecureString -String "${p}" -AsPlainText -Force`, secret: fake.password(12), path: 'ops/s.ps1' },
    ],
    negative: [
      { text: '$pw = ConvertTo-SecureString $env:DEPLOY_PW -AsPlainText -Force', why: 'a variable, not a literal' },
      { text: '$pw = ConvertTo-SecureString "$($cfg.Password)" -AsPlainText -Force', why: 'an interpolation' },
    ],
  }),
});
