import { offlineOnly } from './lib/offline-only.js';

// Offline-only: a password passed on a command line or set in a script names the account but not an API to ask.
export default offlineOnly({
  id: 'command-line',
  name: 'Command-line password',
  because: 'a password written into a command or script (PsExec, PowerCLI, PowerShell, mysql, sshpass, curl, net use, PHPMailer); what it opens is known only to the host that accepts it',
  remediation:
    'Take the password out of the script: prompt for it, read it from a credential store (Windows Credential Manager, a secret manager, a protected environment variable), and change it at the host it logs in to.',
});
