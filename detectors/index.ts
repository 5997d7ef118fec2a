// Every detector, registered once, in alphabetical order (test/registries.test.ts checks it). A new credential
// type is one file in this folder plus its import and entry here: node scripts/new-detector.mjs ID PROVIDER does both.
import type { Detector } from '../src/detect/define.js';
import anthropicAdminKey from './anthropic-admin-key.js';
import anthropicApiKey from './anthropic-api-key.js';
import awsAccessKey from './aws-access-key.js';
import cloudflareApiToken from './cloudflare-api-token.js';
import cloudflareGlobalApiKey from './cloudflare-global-api-key.js';
import cloudflareLegacyApiToken from './cloudflare-legacy-api-token.js';
import cloudflareLegacyGlobalApiKey from './cloudflare-legacy-global-api-key.js';
import datadogApiKey from './datadog-api-key.js';
import datadogAppKey from './datadog-app-key.js';
import digitaloceanToken from './digitalocean-token.js';
import dockerConfigAuth from './docker-config-auth.js';
import flyioToken from './flyio-token.js';
import flyioUserToken from './flyio-user-token.js';
import gcpApiKey from './gcp-api-key.js';
import gcpServiceAccount from './gcp-service-account.js';
import genericSecretAssignment from './generic-secret-assignment.js';
import gitExtraheader from './git-extraheader.js';
import githubClassicPat from './github-classic-pat.js';
import githubFineGrainedPat from './github-fine-grained-pat.js';
import githubInstallationJwt from './github-installation-jwt.js';
import githubInstallationToken from './github-installation-token.js';
import githubOauthToken from './github-oauth-token.js';
import githubRefreshToken from './github-refresh-token.js';
import githubUserToServerToken from './github-user-to-server-token.js';
import gitlabPat from './gitlab-pat.js';
import herokuApiKey from './heroku-api-key.js';
import herokuLegacyApiKey from './heroku-legacy-api-key.js';
import huggingfaceToken from './huggingface-token.js';
import jdbcUrl from './jdbc-url.js';
import kubeconfigToken from './kubeconfig-token.js';
import libpqKeywordPassword from './libpq-keyword-password.js';
import mongodbAtlasApiKey from './mongodb-atlas-api-key.js';
import mongodbAtlasServiceAccountSecret from './mongodb-atlas-service-account-secret.js';
import mongodbUrl from './mongodb-url.js';
import mysqlUrl from './mysql-url.js';
import neonApiKey from './neon-api-key.js';
import netlifyLegacyToken from './netlify-legacy-token.js';
import netlifyToken from './netlify-token.js';
import netrcPassword from './netrc-password.js';
import npmToken from './npm-token.js';
import npmrcAuthToken from './npmrc-auth-token.js';
import openaiAdminKey from './openai-admin-key.js';
import openaiApiKey from './openai-api-key.js';
import opensshPrivateKey from './openssh-private-key.js';
import pgpassPassword from './pgpass-password.js';
import postgresUrl from './postgres-url.js';
import privateKey from './private-key.js';
import puttyPrivateKey from './putty-private-key.js';
import railwayToken from './railway-token.js';
import redisUrl from './redis-url.js';
import sendgridApiKey from './sendgrid-api-key.js';
import slackAppToken from './slack-app-token.js';
import slackBotToken from './slack-bot-token.js';
import slackUserToken from './slack-user-token.js';
import slackWebhookUrl from './slack-webhook-url.js';
import stripeRestrictedKey from './stripe-restricted-key.js';
import stripeSecretKey from './stripe-secret-key.js';
import supabasePat from './supabase-pat.js';
import supabaseSecretKey from './supabase-secret-key.js';
import supabaseServiceKey from './supabase-service-key.js';
import twilioApiKey from './twilio-api-key.js';
import twilioAuthToken from './twilio-auth-token.js';
import urlUserinfo from './url-userinfo.js';
import vercelLegacyToken from './vercel-legacy-token.js';
import vercelToken from './vercel-token.js';

export const detectors: Detector[] = [
  anthropicAdminKey,
  anthropicApiKey,
  awsAccessKey,
  cloudflareApiToken,
  cloudflareGlobalApiKey,
  cloudflareLegacyApiToken,
  cloudflareLegacyGlobalApiKey,
  datadogApiKey,
  datadogAppKey,
  digitaloceanToken,
  dockerConfigAuth,
  flyioToken,
  flyioUserToken,
  gcpApiKey,
  gcpServiceAccount,
  genericSecretAssignment,
  gitExtraheader,
  githubClassicPat,
  githubFineGrainedPat,
  githubInstallationJwt,
  githubInstallationToken,
  githubOauthToken,
  githubRefreshToken,
  githubUserToServerToken,
  gitlabPat,
  herokuApiKey,
  herokuLegacyApiKey,
  huggingfaceToken,
  jdbcUrl,
  kubeconfigToken,
  libpqKeywordPassword,
  mongodbAtlasApiKey,
  mongodbAtlasServiceAccountSecret,
  mongodbUrl,
  mysqlUrl,
  neonApiKey,
  netlifyLegacyToken,
  netlifyToken,
  netrcPassword,
  npmToken,
  npmrcAuthToken,
  openaiAdminKey,
  openaiApiKey,
  opensshPrivateKey,
  pgpassPassword,
  postgresUrl,
  privateKey,
  puttyPrivateKey,
  railwayToken,
  redisUrl,
  sendgridApiKey,
  slackAppToken,
  slackBotToken,
  slackUserToken,
  slackWebhookUrl,
  stripeRestrictedKey,
  stripeSecretKey,
  supabasePat,
  supabaseSecretKey,
  supabaseServiceKey,
  twilioApiKey,
  twilioAuthToken,
  urlUserinfo,
  vercelLegacyToken,
  vercelToken,
];

/** Keys providers publish in their documentation, which no scan reports (detectors/lib/example-keys.ts). */
export { exampleKey } from './lib/example-keys.js';
