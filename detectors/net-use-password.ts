import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { STAND_IN } from './lib/command.js';

// `net use [drive:] \\server\share PASSWORD /user:DOMAIN\name` maps a share with the password on the command line; `*`
// prompts (https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-server-2012-r2-and-2012/gg651155(v=ws.11)).
export default defineDetector({
  id: 'net-use-password',
  provider: 'command-line',
  tokenKind: 'windows-password',
  keywords: ['net use'],
  pattern: /\bnet[ \t]+use[ \t]+(?:[A-Za-z]:[ \t]+)?\\\\[^\s"']{1,200}[ \t]+["']?(?<secret>[^\s"'/*][^\s"']{0,127})["']?[ \t]+\/u(?:ser)?:/gi,
  check: (secret) => !STAND_IN.test(secret),
  redaction: { kind: 'none' },
  docs: {
    url: 'https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-server-2012-r2-and-2012/gg651155(v=ws.11)',
    rotate: "change the account's password in Active Directory or on the server",
  },
  examples: () => ({
    positive: [
      { text: (p) => `net use Z: \\\\fs01\\builds ${p} /user:CORP\\svc_build /persistent:no`, secret: fake.password(14), path: 'map.bat' },
      { text: (p) => `net use \\\\10.0.0.5\\c$ "${p}" /user:Administrator`, secret: fake.alnum(12), path: 'admin.cmd' },
      { text: (p) => `cmd /c net use \\\\nas\\backup ${p} /u:backup`, secret: fake.password(10), path: 'backup.bat' },
    ],
    negative: [
      { text: 'net use Z: \\\\fs01\\builds * /user:CORP\\me', why: '* prompts for the password' },
      { text: 'net use Z: \\\\fs01\\builds %PASSWORD% /user:CORP\\me', why: 'a batch variable' },
    ],
  }),
});
