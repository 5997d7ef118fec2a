import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { STAND_IN } from './lib/command.js';

// PHPMailer's SMTP login: `$mail->Username = '…'; $mail->Password = '…';` (https://github.com/PHPMailer/PHPMailer#a-simple-example).
export default defineDetector({
  id: 'phpmailer-password',
  provider: 'command-line',
  tokenKind: 'smtp-password',
  keywords: ['->password'],
  pattern: /\$\w{1,40}->Password[ \t]*=[ \t]*["'](?<secret>[^"'$\r\n]{1,256})["'][ \t]*;/g,
  check: (secret, input) => !STAND_IN.test(secret) && /->(?:Username|Host|isSMTP|SMTPAuth)\b/.test(input.text.slice(Math.max(0, input.index - 2000), input.index + 2000)),
  redaction: { kind: 'none' },
  docs: { url: 'https://github.com/PHPMailer/PHPMailer#a-simple-example', rotate: "change the SMTP account's password (or app password) at the mail provider, and read it from the environment" },
  examples: () => ({
    positive: [
      { text: (p) => `$mail->isSMTP();\n$mail->Host = 'smtp.acme-corp.io';\n$mail->Username = 'noreply@acme-corp.io';\n$mail->Password = '${p}';`, secret: fake.password(16), path: 'mail.php' },
      { text: (p) => `$m->SMTPAuth = true;\n$m->Password   = "${p}";  // SMTP password`, secret: fake.alnum(16), path: 'inc/send.php' },
      { text: (p) => `$this->mailer->Username = 'app';\n$mailer->Password = '${p}';`, secret: fake.password(12), path: 'src/Mailer.php' },
    ],
    negative: [
      { text: "$mail->Username = 'x';\n$mail->Password = $_ENV['SMTP_PASSWORD'];", why: 'read from the environment' },
      { text: "$user->Password = 'hunter" + "2x';", why: 'not a mailer: no SMTP settings around it' },
    ],
  }),
});
