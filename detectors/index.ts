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
import libpqKeywordPassword from './libpq-keyword-password.js';
import genericSecretAssignment from './generic-secret-assignment.js';
// -- core: more imports here --
// -- saas: imports (begin) --
import stripeSecretKey from './stripe-secret-key.js';
import stripeRestrictedKey from './stripe-restricted-key.js';
import slackBotToken from './slack-bot-token.js';
import slackUserToken from './slack-user-token.js';
import slackAppToken from './slack-app-token.js';
import slackWebhookUrl from './slack-webhook-url.js';
import gitlabPat from './gitlab-pat.js';
import vercelToken from './vercel-token.js';
import vercelLegacyToken from './vercel-legacy-token.js';
import cloudflareApiToken from './cloudflare-api-token.js';
import cloudflareGlobalApiKey from './cloudflare-global-api-key.js';
import cloudflareLegacyApiToken from './cloudflare-legacy-api-token.js';
import cloudflareLegacyGlobalApiKey from './cloudflare-legacy-global-api-key.js';
import supabaseServiceKey from './supabase-service-key.js';
import supabaseSecretKey from './supabase-secret-key.js';
import supabasePat from './supabase-pat.js';
import openaiApiKey from './openai-api-key.js';
import openaiAdminKey from './openai-admin-key.js';
import anthropicApiKey from './anthropic-api-key.js';
import anthropicAdminKey from './anthropic-admin-key.js';
import npmToken from './npm-token.js';
import digitaloceanToken from './digitalocean-token.js';
import herokuApiKey from './heroku-api-key.js';
import herokuLegacyApiKey from './heroku-legacy-api-key.js';
import flyioToken from './flyio-token.js';
import flyioUserToken from './flyio-user-token.js';
import netlifyToken from './netlify-token.js';
import netlifyLegacyToken from './netlify-legacy-token.js';
import neonApiKey from './neon-api-key.js';
import mongodbAtlasApiKey from './mongodb-atlas-api-key.js';
import mongodbAtlasServiceAccountSecret from './mongodb-atlas-service-account-secret.js';
import twilioAuthToken from './twilio-auth-token.js';
import twilioApiKey from './twilio-api-key.js';
import sendgridApiKey from './sendgrid-api-key.js';
import datadogApiKey from './datadog-api-key.js';
import datadogAppKey from './datadog-app-key.js';
import huggingfaceToken from './huggingface-token.js';
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
  libpqKeywordPassword,
  genericSecretAssignment,
  // -- core: more entries here --
  // -- saas: entries (begin) --
  stripeSecretKey,
  stripeRestrictedKey,
  slackBotToken,
  slackUserToken,
  slackAppToken,
  slackWebhookUrl,
  gitlabPat,
  vercelToken,
  vercelLegacyToken,
  cloudflareApiToken,
  cloudflareGlobalApiKey,
  cloudflareLegacyApiToken,
  cloudflareLegacyGlobalApiKey,
  supabaseServiceKey,
  supabaseSecretKey,
  supabasePat,
  openaiApiKey,
  openaiAdminKey,
  anthropicApiKey,
  anthropicAdminKey,
  npmToken,
  digitaloceanToken,
  herokuApiKey,
  herokuLegacyApiKey,
  flyioToken,
  flyioUserToken,
  netlifyToken,
  netlifyLegacyToken,
  neonApiKey,
  mongodbAtlasApiKey,
  mongodbAtlasServiceAccountSecret,
  twilioAuthToken,
  twilioApiKey,
  sendgridApiKey,
  datadogApiKey,
  datadogAppKey,
  huggingfaceToken,
  // -- saas: entries (end) --
];
