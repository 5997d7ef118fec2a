import * as fake from '../src/detect/fake.js';
import { commandOption } from './lib/command.js';

// sshpass feeds ssh the password given as `-p PASSWORD` (https://manpages.debian.org/stable/sshpass/sshpass.1.en.html);
// `-e` (environment) and `-f` (file) keep it off the command line.
export default commandOption({
  id: 'sshpass-password',
  tokenKind: 'ssh-password',
  keywords: ['sshpass'],
  command: /\bsshpass\b/,
  option: '-p',
  docs: { url: 'https://manpages.debian.org/stable/sshpass/sshpass.1.en.html', rotate: "change the account's password on the host, and log in with a key instead" },
  examples: () => ({
    positive: [
      { text: (p) => `sshpass -p ${p} ssh deploy@10.0.2.15 'systemctl restart app'`, secret: fake.password(14), path: 'deploy.sh' },
      { text: (p) => `sshpass -p '${p}' scp build.tgz ops@web-01:/srv`, secret: fake.alnum(12), path: 'ship.sh' },
      { text: (p) => `  - sshpass -p "${p}" rsync -a dist/ www@host:/var/www`, secret: fake.password(18), path: '.gitlab-ci.yml' },
    ],
    negative: [
      { text: 'sshpass -p "$SSH_PASS" ssh user@host', why: 'a variable' },
      { text: 'sshpass -e ssh user@host', why: 'password from the environment' },
    ],
  }),
});
