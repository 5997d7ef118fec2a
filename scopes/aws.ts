import { defineProvider, shapeScope } from '../src/resolve/define.js';

// Key kinds by prefix (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-unique-ids);
// what a key may do is only known from IAM (online, issue 3).
export default defineProvider({
  id: 'aws',
  name: 'AWS',
  hosts: ['sts.amazonaws.com', 'iam.amazonaws.com'],
  offline: (f) =>
    shapeScope({
      tokenKind: f.tokenKind,
      identity: f.facts.accountId ? `account ${f.facts.accountId}` : undefined,
      resources: f.facts.accountId ? [`AWS account ${f.facts.accountId} (decoded from the key id)`] : [],
      because: [
        f.tokenKind === 'long-term-access-key'
          ? 'an AKIA key is a long-lived IAM user (or root) key; its policies are only known from IAM'
          : `a ${f.tokenKind} whose permissions are only known from IAM`,
        ...(f.facts.paired === 'no' ? ['no secret access key was found next to the key id, so it cannot be resolved'] : []),
      ],
    }),
  remediation: () =>
    'Replace the access key with short-lived role credentials (IAM Identity Center, OIDC or an instance/task role); if a key must stay, attach a policy with only the actions needed and an explicit Deny on rds:Delete*, s3:DeleteBucket, ec2:DeleteSnapshot and backup:Delete*, then deactivate and delete this key in IAM → Security credentials.',
});
