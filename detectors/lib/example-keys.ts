// Keys that providers publish in their own documentation, for readers to copy: whoever holds one holds
// nothing of their own, so it is not reported. Stored as SHA-256 hashes, never as literals, so this file
// cannot itself match a detector; each entry names where the provider publishes it. The list lives here,
// beside the detectors, because it is provider knowledge; detection (src/detect/text.ts) asks it through the registry.
// To add one: `node -e "console.log(require('crypto').createHash('sha256').update(process.argv[1]).digest('hex'))" KEY`,
// and cite the provider's page (tests build the key from parts and check it is skipped).
import * as crypto from 'node:crypto';

export interface ExampleKey {
  provider: string;
  /** What the key is, in words. */
  what: string;
  /** The provider's page that publishes it. */
  source: string;
}

const AWS_KEYS = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html';
const GITHUB_REVOKE = 'https://docs.github.com/en/rest/credentials/revoke';
// gcloud's installed-app OAuth clients ship in every copy of the SDK (lib/googlecloudsdk/core/config.py, its
// CLOUDSDK_CLIENT_NOTSOSECRET and the application-default client) and appear in every ADC file it writes.
const GCLOUD_CLIENTS = 'https://cloud.google.com/docs/authentication/application-default-credentials#personal';

/** SHA-256 (hex) of the key → what it is and where it is published. */
const EXAMPLE_KEYS: Record<string, ExampleKey> = {
  '1a5d44a2dca19669d72edf4c4f1c27c4c1ca4b4408fbb17f6ce4ad452d78ddb3': { provider: 'aws', what: "AWS's example access key id", source: AWS_KEYS },
  '78314b11be2e581549ac1c4f616563fad3fdf0c3b71678f6e2299182080e0598': { provider: 'aws', what: "AWS's example secret access key", source: AWS_KEYS },
  f2d6ca16515033e5dce14eba840b979d27b5cbae24bb3e5bf484339667f86397: {
    provider: 'stripe',
    what: "the sample test secret key in Stripe's API reference",
    source: 'https://docs.stripe.com/api/authentication',
  },
  '2cafc0970149a84f3b9e62eaf169f36f59907a3b3e31f7b82e68c69cd27f7326': { provider: 'stripe', what: "the sample test secret key in Stripe's code samples", source: 'https://stripe.com/jp/checkout' },
  bf0316155996e95e18790be9064962d84ab4a6befce3d9563cf5b78d6226a2cb: { provider: 'github', what: "the classic token in GitHub's credential-revocation example", source: GITHUB_REVOKE },
  '97c16409e23e42bc3701329b0e68d456f4fa4c764239e53986e75e487111ca21': { provider: 'github', what: "the fine-grained token in GitHub's credential-revocation example", source: GITHUB_REVOKE },
  a7bc1cd9e096b298c96501b8d2ce13219cde43275fdbd4fc0259539a94c5bf6c: { provider: 'github', what: "the OAuth token in GitHub's credential-revocation example", source: GITHUB_REVOKE },
  '3ab2d1f69375eb9573b95d1744ba58560dfd68e272883e11437ee9b084ac5f6e': { provider: 'github', what: "the user-to-server token in GitHub's credential-revocation example", source: GITHUB_REVOKE },
  c7ad99a1ba7ef9a9eb954d3b93e3dea3d109ac298fc2c580cacf35c959ef060d: { provider: 'github', what: "the refresh token in GitHub's credential-revocation example", source: GITHUB_REVOKE },
  f0386f9be1fe905fb2f97a8daff11a9baa9988ceca7c2ecae4aec8db182db1b4: { provider: 'gcp', what: "the client secret of gcloud's application-default-credentials client", source: GCLOUD_CLIENTS },
  '456a51b1f1b3cf3ed76de579926f0727797eb6efb4b7e6a53c74f9a94c95d87a': { provider: 'gcp', what: "the client secret of gcloud's own login client (CLOUDSDK_CLIENT_NOTSOSECRET)", source: GCLOUD_CLIENTS },
  '412a54cd6f4c7f2859ec2a6988a79bbd6e64d17733f4b021f3253d9ed6ab57da': {
    provider: 'mongodb',
    what: "the password in MongoDB's connection-string examples (myDatabaseUser)",
    source: 'https://www.mongodb.com/docs/manual/reference/connection-string/',
  },
};

/** Every published example key: for tests and documentation. */
export const exampleKeys: ReadonlyArray<ExampleKey & { sha256: string }> = Object.entries(EXAMPLE_KEYS).map(([sha256, e]) => ({ sha256, ...e }));

// Node's one-shot hash (20.12 and later) is about three times cheaper than a Hash object: every candidate secret is
// hashed, tens of thousands of them in a file of tokens.
const oneShot = (crypto as { hash?: (algorithm: string, data: string) => string }).hash;
const sha256 = oneShot ? (s: string) => oneShot('sha256', s) : (s: string) => crypto.createHash('sha256').update(s).digest('hex');

/** The published example `secret` is, or undefined. */
export function exampleKey(secret: string): ExampleKey | undefined {
  return EXAMPLE_KEYS[sha256(secret)];
}
