import * as fake from '../src/detect/fake.js';
import { commandOption } from './lib/command.js';

// PowerCLI logs in to vCenter or ESXi with `Connect-VIServer -Server … -User … -Password …`
// (https://developer.broadcom.com/powercli/latest/vmware.vimautomation.core/commands/connect-viserver).
export default commandOption({
  id: 'vmware-powercli-password',
  tokenKind: 'vsphere-password',
  keywords: ['connect-viserver'],
  command: /\bConnect-VIServer\b/i,
  option: '-Password',
  ignoreCase: true,
  docs: {
    url: 'https://developer.broadcom.com/powercli/latest/vmware.vimautomation.core/commands/connect-viserver',
    rotate: "change the vCenter SSO or ESXi account's password, and use New-VICredentialStoreItem or a vault instead",
  },
  examples: () => ({
    positive: [
      { text: (p) => `Connect-VIServer -Server vc01.corp.acme.io -User administrator@vsphere.local -Password ${p}`, secret: fake.password(12), path: 'ops/vc.ps1' },
      { text: (p) => `$null = connect-viserver esx-07 -user root -password '${p}'`, secret: fake.password(10), path: 'ops/esx.ps1' },
      { text: (p) => `Connect-VIServer "$vc" -User "ops" -Password "${p}" -Force`, secret: fake.alnum(16), path: 'ops/login.ps1' },
    ],
    negative: [
      { text: 'Connect-VIServer $host -user $user -password $pass', why: 'variables' },
      { text: 'New-ADUser -Name x -Password (Read-Host -AsSecureString)', why: 'another cmdlet, and a prompt' },
    ],
  }),
});
