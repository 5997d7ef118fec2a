// Every detector, registered once, in alphabetical order (test/registries.test.ts checks it). A new credential
// type is one file in this folder plus its import and entry here: node scripts/new-detector.mjs ID PROVIDER does both.
import type { Detector } from '../src/detect/define.js';
import adafruitIoKey from './adafruit-io-key.js';
import ageSecretKey from './age-secret-key.js';
import airtablePat from './airtable-pat.js';
import anthropicAdminKey from './anthropic-admin-key.js';
import anthropicApiKey from './anthropic-api-key.js';
import atlassianApiToken from './atlassian-api-token.js';
import awsAccessKey from './aws-access-key.js';
import axiomApiToken from './axiom-api-token.js';
import azureClientSecret from './azure-client-secret.js';
import azureDevopsPat from './azure-devops-pat.js';
import azureStorageAccountKey from './azure-storage-account-key.js';
import azureStorageSas from './azure-storage-sas.js';
import brevoApiKey from './brevo-api-key.js';
import browserbaseApiKey from './browserbase-api-key.js';
import buildkiteApiToken from './buildkite-api-token.js';
import cerebrasApiKey from './cerebras-api-key.js';
import checklyApiKey from './checkly-api-key.js';
import clerkSecretKey from './clerk-secret-key.js';
import clickupApiToken from './clickup-api-token.js';
import cloudflareApiToken from './cloudflare-api-token.js';
import cloudflareGlobalApiKey from './cloudflare-global-api-key.js';
import cloudflareLegacyApiToken from './cloudflare-legacy-api-token.js';
import cloudflareLegacyGlobalApiKey from './cloudflare-legacy-global-api-key.js';
import cockroachdbCloudApiKey from './cockroachdb-cloud-api-key.js';
import cratesIoApiToken from './crates-io-api-token.js';
import databricksToken from './databricks-token.js';
import datadogApiKey from './datadog-api-key.js';
import datadogAppKey from './datadog-app-key.js';
import denoDeployToken from './deno-deploy-token.js';
import dependencyTrackApiKey from './dependency-track-api-key.js';
import digitaloceanToken from './digitalocean-token.js';
import discordWebhookUrl from './discord-webhook-url.js';
import dockerConfigAuth from './docker-config-auth.js';
import dockerHubPat from './docker-hub-pat.js';
import dopplerToken from './doppler-token.js';
import duffelAccessToken from './duffel-access-token.js';
import dynatraceApiToken from './dynatrace-api-token.js';
import e2bApiKey from './e2b-api-key.js';
import easypostApiKey from './easypost-api-key.js';
import figmaPat from './figma-pat.js';
import firecrawlApiKey from './firecrawl-api-key.js';
import flutterwaveSecretKey from './flutterwave-secret-key.js';
import flyioToken from './flyio-token.js';
import flyioUserToken from './flyio-user-token.js';
import frameioApiToken from './frameio-api-token.js';
import gcpApiKey from './gcp-api-key.js';
import gcpAuthorizedUserRefreshToken from './gcp-authorized-user-refresh-token.js';
import gcpServiceAccount from './gcp-service-account.js';
import genericSecretAssignment from './generic-secret-assignment.js';
import ghHostsOauthToken from './gh-hosts-oauth-token.js';
import gitExtraheader from './git-extraheader.js';
import githubClassicPat from './github-classic-pat.js';
import githubContainerRegistryToken from './github-container-registry-token.js';
import githubFineGrainedPat from './github-fine-grained-pat.js';
import githubInstallationJwt from './github-installation-jwt.js';
import githubInstallationToken from './github-installation-token.js';
import githubOauthToken from './github-oauth-token.js';
import githubRefreshToken from './github-refresh-token.js';
import githubUserToServerToken from './github-user-to-server-token.js';
import gitlabAgentToken from './gitlab-agent-token.js';
import gitlabCiJobToken from './gitlab-ci-job-token.js';
import gitlabDeployToken from './gitlab-deploy-token.js';
import gitlabFeatureFlagsToken from './gitlab-feature-flags-token.js';
import gitlabFeedToken from './gitlab-feed-token.js';
import gitlabIncomingMailToken from './gitlab-incoming-mail-token.js';
import gitlabOauthAppSecret from './gitlab-oauth-app-secret.js';
import gitlabPat from './gitlab-pat.js';
import gitlabPipelineTriggerToken from './gitlab-pipeline-trigger-token.js';
import gitlabRunnerRegistrationToken from './gitlab-runner-registration-token.js';
import gitlabRunnerToken from './gitlab-runner-token.js';
import gitlabScimToken from './gitlab-scim-token.js';
import googleChatWebhookUrl from './google-chat-webhook-url.js';
import googleOauthAccessToken from './google-oauth-access-token.js';
import googleOauthClientSecret from './google-oauth-client-secret.js';
import grafanaToken from './grafana-token.js';
import groqApiKey from './groq-api-key.js';
import harnessAccessToken from './harness-access-token.js';
import herokuApiKey from './heroku-api-key.js';
import herokuLegacyApiKey from './heroku-legacy-api-key.js';
import herokuNetrcApiKey from './heroku-netrc-api-key.js';
import hubspotPrivateAppToken from './hubspot-private-app-token.js';
import huggingfaceToken from './huggingface-token.js';
import iftttWebhookKey from './ifttt-webhook-key.js';
import jdbcUrl from './jdbc-url.js';
import jfrogReferenceToken from './jfrog-reference-token.js';
import jinaApiKey from './jina-api-key.js';
import kongKonnectToken from './kong-konnect-token.js';
import kubeconfigToken from './kubeconfig-token.js';
import langfuseSecretKey from './langfuse-secret-key.js';
import langsmithApiKey from './langsmith-api-key.js';
import libpqKeywordPassword from './libpq-keyword-password.js';
import linearApiKey from './linear-api-key.js';
import makeWebhookUrl from './make-webhook-url.js';
import mapboxSecretToken from './mapbox-secret-token.js';
import microsoftTeamsWebhookUrl from './microsoft-teams-webhook-url.js';
import mongodbAtlasApiKey from './mongodb-atlas-api-key.js';
import mongodbAtlasServiceAccountSecret from './mongodb-atlas-service-account-secret.js';
import mongodbUrl from './mongodb-url.js';
import mysqlUrl from './mysql-url.js';
import neonApiKey from './neon-api-key.js';
import netlifyLegacyToken from './netlify-legacy-token.js';
import netlifyToken from './netlify-token.js';
import netrcPassword from './netrc-password.js';
import newRelicKey from './new-relic-key.js';
import notionToken from './notion-token.js';
import npmToken from './npm-token.js';
import npmrcAuthToken from './npmrc-auth-token.js';
import nugetApiKey from './nuget-api-key.js';
import octopusDeployApiKey from './octopus-deploy-api-key.js';
import onepasswordServiceAccountToken from './onepassword-service-account-token.js';
import openaiAdminKey from './openai-admin-key.js';
import openaiApiKey from './openai-api-key.js';
import openrouterApiKey from './openrouter-api-key.js';
import opensshPrivateKey from './openssh-private-key.js';
import openvpnStaticKey from './openvpn-static-key.js';
import pagerdutyApiKey from './pagerduty-api-key.js';
import perplexityApiKey from './perplexity-api-key.js';
import pgpPrivateKey from './pgp-private-key.js';
import pgpassPassword from './pgpass-password.js';
import pineconeApiKey from './pinecone-api-key.js';
import planetscaleToken from './planetscale-token.js';
import postgresUrl from './postgres-url.js';
import posthogPersonalApiKey from './posthog-personal-api-key.js';
import postmanApiKey from './postman-api-key.js';
import postmarkToken from './postmark-token.js';
import prefectApiKey from './prefect-api-key.js';
import privateKey from './private-key.js';
import pulumiAccessToken from './pulumi-access-token.js';
import puttyPrivateKey from './putty-private-key.js';
import pypiToken from './pypi-token.js';
import railwayToken from './railway-token.js';
import readmeApiKey from './readme-api-key.js';
import redisUrl from './redis-url.js';
import renderApiKey from './render-api-key.js';
import replicateApiToken from './replicate-api-token.js';
import resendApiKey from './resend-api-key.js';
import rubygemsApiKey from './rubygems-api-key.js';
import sendgridApiKey from './sendgrid-api-key.js';
import sentryAuthToken from './sentry-auth-token.js';
import shippoApiToken from './shippo-api-token.js';
import shopifyToken from './shopify-token.js';
import slackAppToken from './slack-app-token.js';
import slackBotToken from './slack-bot-token.js';
import slackUserToken from './slack-user-token.js';
import slackWebhookUrl from './slack-webhook-url.js';
import sonarqubeToken from './sonarqube-token.js';
import sourcegraphAccessToken from './sourcegraph-access-token.js';
import squareAccessToken from './square-access-token.js';
import stripeRestrictedKey from './stripe-restricted-key.js';
import stripeSecretKey from './stripe-secret-key.js';
import stytchSecret from './stytch-secret.js';
import supabasePat from './supabase-pat.js';
import supabaseSecretKey from './supabase-secret-key.js';
import supabaseServiceKey from './supabase-service-key.js';
import tailscaleKey from './tailscale-key.js';
import tavilyApiKey from './tavily-api-key.js';
import telegramBotToken from './telegram-bot-token.js';
import terraformCloudToken from './terraform-cloud-token.js';
import tinesWebhookUrl from './tines-webhook-url.js';
import tursoApiToken from './turso-api-token.js';
import twilioApiKey from './twilio-api-key.js';
import twilioAuthToken from './twilio-auth-token.js';
import typeformPat from './typeform-pat.js';
import urlUserinfo from './url-userinfo.js';
import vaultToken from './vault-token.js';
import vercelLegacyToken from './vercel-legacy-token.js';
import vercelToken from './vercel-token.js';
import webhookSigningSecret from './webhook-signing-secret.js';
import wireguardPresharedKey from './wireguard-preshared-key.js';
import wireguardPrivateKey from './wireguard-private-key.js';
import xaiApiKey from './xai-api-key.js';
import xataApiKey from './xata-api-key.js';
import zapierWebhookUrl from './zapier-webhook-url.js';

export const detectors: Detector[] = [
  adafruitIoKey,
  ageSecretKey,
  airtablePat,
  anthropicAdminKey,
  anthropicApiKey,
  atlassianApiToken,
  awsAccessKey,
  axiomApiToken,
  azureClientSecret,
  azureDevopsPat,
  azureStorageAccountKey,
  azureStorageSas,
  brevoApiKey,
  browserbaseApiKey,
  buildkiteApiToken,
  cerebrasApiKey,
  checklyApiKey,
  clerkSecretKey,
  clickupApiToken,
  cloudflareApiToken,
  cloudflareGlobalApiKey,
  cloudflareLegacyApiToken,
  cloudflareLegacyGlobalApiKey,
  cockroachdbCloudApiKey,
  cratesIoApiToken,
  databricksToken,
  datadogApiKey,
  datadogAppKey,
  denoDeployToken,
  dependencyTrackApiKey,
  digitaloceanToken,
  discordWebhookUrl,
  dockerConfigAuth,
  dockerHubPat,
  dopplerToken,
  duffelAccessToken,
  dynatraceApiToken,
  e2bApiKey,
  easypostApiKey,
  figmaPat,
  firecrawlApiKey,
  flutterwaveSecretKey,
  flyioToken,
  flyioUserToken,
  frameioApiToken,
  gcpApiKey,
  gcpAuthorizedUserRefreshToken,
  gcpServiceAccount,
  genericSecretAssignment,
  ghHostsOauthToken,
  gitExtraheader,
  githubClassicPat,
  githubContainerRegistryToken,
  githubFineGrainedPat,
  githubInstallationJwt,
  githubInstallationToken,
  githubOauthToken,
  githubRefreshToken,
  githubUserToServerToken,
  gitlabAgentToken,
  gitlabCiJobToken,
  gitlabDeployToken,
  gitlabFeatureFlagsToken,
  gitlabFeedToken,
  gitlabIncomingMailToken,
  gitlabOauthAppSecret,
  gitlabPat,
  gitlabPipelineTriggerToken,
  gitlabRunnerRegistrationToken,
  gitlabRunnerToken,
  gitlabScimToken,
  googleChatWebhookUrl,
  googleOauthAccessToken,
  googleOauthClientSecret,
  grafanaToken,
  groqApiKey,
  harnessAccessToken,
  herokuApiKey,
  herokuLegacyApiKey,
  herokuNetrcApiKey,
  hubspotPrivateAppToken,
  huggingfaceToken,
  iftttWebhookKey,
  jdbcUrl,
  jfrogReferenceToken,
  jinaApiKey,
  kongKonnectToken,
  kubeconfigToken,
  langfuseSecretKey,
  langsmithApiKey,
  libpqKeywordPassword,
  linearApiKey,
  makeWebhookUrl,
  mapboxSecretToken,
  microsoftTeamsWebhookUrl,
  mongodbAtlasApiKey,
  mongodbAtlasServiceAccountSecret,
  mongodbUrl,
  mysqlUrl,
  neonApiKey,
  netlifyLegacyToken,
  netlifyToken,
  netrcPassword,
  newRelicKey,
  notionToken,
  npmToken,
  npmrcAuthToken,
  nugetApiKey,
  octopusDeployApiKey,
  onepasswordServiceAccountToken,
  openaiAdminKey,
  openaiApiKey,
  openrouterApiKey,
  opensshPrivateKey,
  openvpnStaticKey,
  pagerdutyApiKey,
  perplexityApiKey,
  pgpPrivateKey,
  pgpassPassword,
  pineconeApiKey,
  planetscaleToken,
  postgresUrl,
  posthogPersonalApiKey,
  postmanApiKey,
  postmarkToken,
  prefectApiKey,
  privateKey,
  pulumiAccessToken,
  puttyPrivateKey,
  pypiToken,
  railwayToken,
  readmeApiKey,
  redisUrl,
  renderApiKey,
  replicateApiToken,
  resendApiKey,
  rubygemsApiKey,
  sendgridApiKey,
  sentryAuthToken,
  shippoApiToken,
  shopifyToken,
  slackAppToken,
  slackBotToken,
  slackUserToken,
  slackWebhookUrl,
  sonarqubeToken,
  sourcegraphAccessToken,
  squareAccessToken,
  stripeRestrictedKey,
  stripeSecretKey,
  stytchSecret,
  supabasePat,
  supabaseSecretKey,
  supabaseServiceKey,
  tailscaleKey,
  tavilyApiKey,
  telegramBotToken,
  terraformCloudToken,
  tinesWebhookUrl,
  tursoApiToken,
  twilioApiKey,
  twilioAuthToken,
  typeformPat,
  urlUserinfo,
  vaultToken,
  vercelLegacyToken,
  vercelToken,
  webhookSigningSecret,
  wireguardPresharedKey,
  wireguardPrivateKey,
  xaiApiKey,
  xataApiKey,
  zapierWebhookUrl,
];

/** Keys providers publish in their documentation, which no scan reports (detectors/lib/example-keys.ts). */
export { exampleKey } from './lib/example-keys.js';
