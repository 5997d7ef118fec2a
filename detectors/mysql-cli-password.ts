import { defineDetector, lineStartNear } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { STAND_IN } from './lib/command.js';

// The mysql clients take the password glued to `-p` (`-pSECRET`) or as `--password=SECRET`; `-p` alone prompts
// (https://dev.mysql.com/doc/refman/8.4/en/connection-options.html#option_general_password).
const COMMAND = /\b(?:mysql|mysqldump|mysqladmin|mysqlimport|mysqlsh|mariadb|mariadb-dump)(?:\.exe)?\b/;

export default defineDetector({
  id: 'mysql-cli-password',
  provider: 'command-line',
  tokenKind: 'mysql-password',
  keywords: ['mysql', 'mariadb'],
  pattern: /(?:^|[ \t"'])(?:-p|--password=)["']?(?<secret>[^\s"'`;|&<>)]{1,128})/gm,
  // The pattern runs only around its keywords (Detector.near): every match opens on `-p` (in `--password=` too) or at most two characters before it.
  near: { keywords: ['-p'], from: -2, to: 0, reach: 160 },
  check: (secret, input) => !STAND_IN.test(secret) && COMMAND.test(input.text.slice(lineStartNear(input.text, input.index, 600), input.index)),
  redaction: { kind: 'none' },
  docs: {
    url: 'https://dev.mysql.com/doc/refman/8.4/en/connection-options.html#option_general_password',
    rotate: 'ALTER USER … IDENTIFIED BY a new password, and use an option file or mysql_config_editor instead',
  },
  examples: () => ({
    positive: [
      { text: (p) => `mysql -h db.prod.acme-corp.io -u root -p${p} orders < fix.sql`, secret: fake.alnum(14), path: 'scripts/fix.sh' },
      { text: (p) => `  - mysqldump --user=backup --password=${p} --all-databases > all.sql`, secret: fake.password(16), path: '.gitlab-ci.yml' },
      { text: (p) => `docker exec db mysql -uroot -p'${p}' -e "SHOW DATABASES"`, secret: fake.alnum(12), path: 'Makefile' },
    ],
    negative: [
      { text: 'mysql -u root -p orders', why: '-p alone prompts for the password' },
      { text: 'mysql -u root -p$MYSQL_ROOT_PASSWORD', why: 'a variable' },
      { text: 'mkdir -p build/output', why: 'another command' },
    ],
  }),
});
