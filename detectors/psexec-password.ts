import * as fake from '../src/detect/fake.js';
import { commandOption } from './lib/command.js';

// PsExec runs a command on a remote Windows host as `-u user -p password`
// (https://learn.microsoft.com/en-us/sysinternals/downloads/psexec): the password of that (often administrator) account.
export default commandOption({
  id: 'psexec-password',
  tokenKind: 'windows-password',
  keywords: ['psexec'],
  command: /\bpsexec(?:64)?(?:\.exe)?\b/i,
  option: '-p',
  docs: { url: 'https://learn.microsoft.com/en-us/sysinternals/downloads/psexec', rotate: "change the account's password on the remote host or in Active Directory" },
  examples: () => ({
    positive: [
      { text: (p) => `psexec \\\\10.0.4.20 -u Administrator -p ${p} cmd /c ipconfig`, secret: fake.password(14), path: 'scripts/remote.bat' },
      { text: (p) => `PsExec64.exe \\\\build-07 -u CORP\\svc_build -p "${p}" -i -d deploy.cmd`, secret: fake.alnum(12), path: 'deploy.cmd' },
      { text: (p) => `system("psexec \\\\\\\\192.168.3.77 -u Administrator -p ${p} shutdown -r");`, secret: fake.password(11), path: 'tools/restart.pl' },
    ],
    negative: [
      { text: 'psexec \\\\host -u User -p $Password -i calc.exe', why: 'a variable, not a password' },
      { text: 'psexec \\\\host -u DOMAIN\\admin -p %ADMIN_PW% cmd', why: 'a batch variable' },
      { text: 'tar -c -p archive.tar files', why: 'another command' },
    ],
  }),
});
