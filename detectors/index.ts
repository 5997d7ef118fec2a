// Every detector, registered once. A new credential type is one file in this folder plus one line here.
import type { Detector } from '../src/detect/define.js';
import githubClassicPat from './github-classic-pat.js';
import githubOauthToken from './github-oauth-token.js';
import githubUserToServerToken from './github-user-to-server-token.js';
import githubInstallationToken from './github-installation-token.js';
import githubInstallationJwt from './github-installation-jwt.js';
import githubRefreshToken from './github-refresh-token.js';
import githubFineGrainedPat from './github-fine-grained-pat.js';
import railwayToken from './railway-token.js';
import awsAccessKey from './aws-access-key.js';
import postgresUrl from './postgres-url.js';
import mysqlUrl from './mysql-url.js';
import mongodbUrl from './mongodb-url.js';
import redisUrl from './redis-url.js';
import jdbcUrl from './jdbc-url.js';
import urlUserinfo from './url-userinfo.js';
import privateKey from './private-key.js';
import opensshPrivateKey from './openssh-private-key.js';
import puttyPrivateKey from './putty-private-key.js';
import gcpServiceAccount from './gcp-service-account.js';
import gcpApiKey from './gcp-api-key.js';
import netrcPassword from './netrc-password.js';
import gitExtraheader from './git-extraheader.js';
import npmrcAuthToken from './npmrc-auth-token.js';
import dockerConfigAuth from './docker-config-auth.js';
import kubeconfigToken from './kubeconfig-token.js';
import pgpassPassword from './pgpass-password.js';
import genericSecretAssignment from './generic-secret-assignment.js';
// -- core: more imports here --
// -- saas: imports (begin) --
// -- saas: imports (end) --

export const detectors: Detector[] = [
  githubClassicPat,
  githubOauthToken,
  githubUserToServerToken,
  githubInstallationToken,
  githubInstallationJwt,
  githubRefreshToken,
  githubFineGrainedPat,
  railwayToken,
  awsAccessKey,
  postgresUrl,
  mysqlUrl,
  mongodbUrl,
  redisUrl,
  jdbcUrl,
  urlUserinfo,
  privateKey,
  opensshPrivateKey,
  puttyPrivateKey,
  gcpServiceAccount,
  gcpApiKey,
  netrcPassword,
  gitExtraheader,
  npmrcAuthToken,
  dockerConfigAuth,
  kubeconfigToken,
  pgpassPassword,
  genericSecretAssignment,
  // -- core: more entries here --
  // -- saas: entries (begin) --
  // -- saas: entries (end) --
];
