// Every detector, registered once, in alphabetical order (test/registries.test.ts checks it). A new credential
// type is one file in this folder plus its import and entry here: node scripts/new-detector.mjs ID PROVIDER does both.
import type { Detector } from '../src/detect/define.js';
import abstractapiApiKey from './abstractapi-api-key.js';
import abuseipdbApiKey from './abuseipdb-api-key.js';
import activecampaignApiKey from './activecampaign-api-key.js';
import adafruitIoKey from './adafruit-io-key.js';
import ageSecretKey from './age-secret-key.js';
import airbrakeProjectKey from './airbrake-project-key.js';
import airtablePat from './airtable-pat.js';
import aivenApiToken from './aiven-api-token.js';
import algoliaAdminApiKey from './algolia-admin-api-key.js';
import alphaVantageApiKey from './alpha-vantage-api-key.js';
import amplitudeSecretKey from './amplitude-secret-key.js';
import anthropicAdminKey from './anthropic-admin-key.js';
import anthropicApiKey from './anthropic-api-key.js';
import anypointAccessToken from './anypoint-access-token.js';
import apifonicaApiKey from './apifonica-api-key.js';
import apifyApiToken from './apify-api-token.js';
import apilayerAccessKey from './apilayer-access-key.js';
import apitemplateApiKey from './apitemplate-api-key.js';
import appointeddApiKey from './appointedd-api-key.js';
import appsynergyApiKey from './appsynergy-api-key.js';
import asanaPat from './asana-pat.js';
import assemblyaiApiKey from './assemblyai-api-key.js';
import ateraApiKey from './atera-api-key.js';
import atlassianApiToken from './atlassian-api-token.js';
import auth0ClientSecret from './auth0-client-secret.js';
import autopilotApiKey from './autopilot-api-key.js';
import aviationstackAccessKey from './aviationstack-access-key.js';
import awsAccessKey from './aws-access-key.js';
import awsAppsyncApiKey from './aws-appsync-api-key.js';
import axiomApiToken from './axiom-api-token.js';
import azureAppConfigurationConnectionString from './azure-app-configuration-connection-string.js';
import azureClientCertificate from './azure-client-certificate.js';
import azureClientSecret from './azure-client-secret.js';
import azureDevopsLegacyPat from './azure-devops-legacy-pat.js';
import azureDevopsPat from './azure-devops-pat.js';
import azureSearchApiKey from './azure-search-api-key.js';
import azureSharedAccessKey from './azure-shared-access-key.js';
import azureStorageAccountKey from './azure-storage-account-key.js';
import azureStorageSas from './azure-storage-sas.js';
import bannerbearApiKey from './bannerbear-api-key.js';
import baremetricsApiKey from './baremetrics-api-key.js';
import base64PrivateKey from './base64-private-key.js';
import bcryptHash from './bcrypt-hash.js';
import beamerApiKey from './beamer-api-key.js';
import besnappyApiKey from './besnappy-api-key.js';
import besttimePrivateApiKey from './besttime-private-api-key.js';
import bitbarApiKey from './bitbar-api-key.js';
import bitcoinaverageApiKey from './bitcoinaverage-api-key.js';
import bitlyAccessToken from './bitly-access-token.js';
import blazemeterApiSecret from './blazemeter-api-secret.js';
import blitappApiKey from './blitapp-api-key.js';
import blocknativeApiKey from './blocknative-api-key.js';
import blynkDeviceToken from './blynk-device-token.js';
import borgbaseApiToken from './borgbase-api-token.js';
import boxDeveloperToken from './box-developer-token.js';
import braintreePrivateKey from './braintree-private-key.js';
import brandfetchApiKey from './brandfetch-api-key.js';
import brevoApiKey from './brevo-api-key.js';
import browserbaseApiKey from './browserbase-api-key.js';
import browserstackAccessKey from './browserstack-access-key.js';
import browshotApiKey from './browshot-api-key.js';
import bscscanApiKey from './bscscan-api-key.js';
import buddynsApiKey from './buddyns-api-key.js';
import bugsnagApiKey from './bugsnag-api-key.js';
import buildkiteApiToken from './buildkite-api-token.js';
import buttercmsApiToken from './buttercms-api-token.js';
import calendarificApiKey from './calendarific-api-key.js';
import calendlyPat from './calendly-pat.js';
import capsulecrmApiToken from './capsulecrm-api-token.js';
import censysApiSecret from './censys-api-secret.js';
import centralstationcrmApiKey from './centralstationcrm-api-key.js';
import cerebrasApiKey from './cerebras-api-key.js';
import chartmogulApiKey from './chartmogul-api-key.js';
import chatfuelApiToken from './chatfuel-api-token.js';
import checioSecretKey from './checio-secret-key.js';
import checklyApiKey from './checkly-api-key.js';
import circleciPat from './circleci-pat.js';
import circleciPersonalApiToken from './circleci-personal-api-token.js';
import ciscoType8Hash from './cisco-type8-hash.js';
import ciscoType9Hash from './cisco-type9-hash.js';
import clarifaiPat from './clarifai-pat.js';
import clerkSecretKey from './clerk-secret-key.js';
import clickupApiToken from './clickup-api-token.js';
import cliengoApiKey from './cliengo-api-key.js';
import clockifyApiKey from './clockify-api-key.js';
import cloudconvertApiKey from './cloudconvert-api-key.js';
import cloudflareApiToken from './cloudflare-api-token.js';
import cloudflareGlobalApiKey from './cloudflare-global-api-key.js';
import cloudflareLegacyApiToken from './cloudflare-legacy-api-token.js';
import cloudflareLegacyGlobalApiKey from './cloudflare-legacy-global-api-key.js';
import cloudflareOriginCaKey from './cloudflare-origin-ca-key.js';
import cloudinaryApiSecret from './cloudinary-api-secret.js';
import cloudmersiveApiKey from './cloudmersive-api-key.js';
import cloudplanApiKey from './cloudplan-api-key.js';
import cloudsmithApiKey from './cloudsmith-api-key.js';
import cockroachdbCloudApiKey from './cockroachdb-cloud-api-key.js';
import codaApiToken from './coda-api-token.js';
import codacyApiToken from './codacy-api-token.js';
import codecovUploadToken from './codecov-upload-token.js';
import codequiryApiKey from './codequiry-api-key.js';
import coinapiApiKey from './coinapi-api-key.js';
import coinlibApiKey from './coinlib-api-key.js';
import coinmarketcapApiKey from './coinmarketcap-api-key.js';
import collect2ApiKey from './collect2-api-key.js';
import connectionStringPassword from './connection-string-password.js';
import contentfulDeliveryToken from './contentful-delivery-token.js';
import contentfulPat from './contentful-pat.js';
import conversiontoolsApiToken from './conversiontools-api-token.js';
import convertkitApiSecret from './convertkit-api-secret.js';
import convexDeployKey from './convex-deploy-key.js';
import coverallsRepoToken from './coveralls-repo-token.js';
import craftmypdfApiKey from './craftmypdf-api-key.js';
import cratesIoApiToken from './crates-io-api-token.js';
import credentialConstructor from './credential-constructor.js';
import cryptocompareApiKey from './cryptocompare-api-key.js';
import curlBasicAuth from './curl-basic-auth.js';
import currencyfreaksApiKey from './currencyfreaks-api-key.js';
import currencylayerAccessKey from './currencylayer-access-key.js';
import currencyscoopApiKey from './currencyscoop-api-key.js';
import currentsapiApiKey from './currentsapi-api-key.js';
import customerioApiKey from './customerio-api-key.js';
import d7networkApiToken from './d7network-api-token.js';
import dailycoApiKey from './dailyco-api-key.js';
import dandelionApiToken from './dandelion-api-token.js';
import dareboostApiToken from './dareboost-api-token.js';
import databoxPushToken from './databox-push-token.js';
import databricksToken from './databricks-token.js';
import datadogApiKey from './datadog-api-key.js';
import datadogAppKey from './datadog-app-key.js';
import datocmsApiToken from './datocms-api-token.js';
import debounceApiKey from './debounce-api-key.js';
import deepgramApiKey from './deepgram-api-key.js';
import denoDeployToken from './deno-deploy-token.js';
import dependencyTrackApiKey from './dependency-track-api-key.js';
import detectifyApiKey from './detectify-api-key.js';
import detectlanguageApiKey from './detectlanguage-api-key.js';
import dfuseApiKey from './dfuse-api-key.js';
import digitaloceanToken from './digitalocean-token.js';
import discordWebhookUrl from './discord-webhook-url.js';
import dockerConfigAuth from './docker-config-auth.js';
import dockerHubPat from './docker-hub-pat.js';
import docparserApiKey from './docparser-api-key.js';
import dopplerToken from './doppler-token.js';
import dronahqApiToken from './dronahq-api-token.js';
import dropboxAccessToken from './dropbox-access-token.js';
import duffelAccessToken from './duffel-access-token.js';
import dynatraceApiToken from './dynatrace-api-token.js';
import e2bApiKey from './e2b-api-key.js';
import easypostApiKey from './easypost-api-key.js';
import ecostruxureApiKey from './ecostruxure-api-key.js';
import edenaiApiKey from './edenai-api-key.js';
import elevenlabsApiKey from './elevenlabs-api-key.js';
import enigmaApiKey from './enigma-api-key.js';
import ethplorerApiKey from './ethplorer-api-key.js';
import eventbritePrivateToken from './eventbrite-private-token.js';
import everhourApiKey from './everhour-api-key.js';
import extractorapiApiKey from './extractorapi-api-key.js';
import facebookAccessToken from './facebook-access-token.js';
import facebookAppSecret from './facebook-app-secret.js';
import fastforexApiKey from './fastforex-api-key.js';
import feedierApiKey from './feedier-api-key.js';
import figmaPat from './figma-pat.js';
import finicityClientSecret from './finicity-client-secret.js';
import finnhubApiKey from './finnhub-api-key.js';
import firecrawlApiKey from './firecrawl-api-key.js';
import fixerAccessKey from './fixer-access-key.js';
import fleetbaseSecretKey from './fleetbase-secret-key.js';
import flexportApiKey from './flexport-api-key.js';
import flickrApiKey from './flickr-api-key.js';
import flightapiApiKey from './flightapi-api-key.js';
import flightlabsAccessKey from './flightlabs-access-key.js';
import flutterwaveSecretKey from './flutterwave-secret-key.js';
import flyioToken from './flyio-token.js';
import flyioUserToken from './flyio-user-token.js';
import fmpApiKey from './fmp-api-key.js';
import formbucketApiKey from './formbucket-api-key.js';
import formcraftApiKey from './formcraft-api-key.js';
import formioJwtToken from './formio-jwt-token.js';
import foursquareClientSecret from './foursquare-client-secret.js';
import frameioApiToken from './frameio-api-token.js';
import freshdeskApiKey from './freshdesk-api-key.js';
import frontappApiToken from './frontapp-api-token.js';
import fullcontactApiKey from './fullcontact-api-key.js';
import gcpApiKey from './gcp-api-key.js';
import gcpAuthorizedUserRefreshToken from './gcp-authorized-user-refresh-token.js';
import gcpServiceAccount from './gcp-service-account.js';
import geckoboardApiKey from './geckoboard-api-key.js';
import genericSecretAssignment from './generic-secret-assignment.js';
import geoapifyApiKey from './geoapify-api-key.js';
import geocodifyApiKey from './geocodify-api-key.js';
import geocodioApiKey from './geocodio-api-key.js';
import getemailApiKey from './getemail-api-key.js';
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
import gitterAccessToken from './gitter-access-token.js';
import glassnodeApiKey from './glassnode-api-key.js';
import gocardlessAccessToken from './gocardless-access-token.js';
import googleChatWebhookUrl from './google-chat-webhook-url.js';
import googleOauthAccessToken from './google-oauth-access-token.js';
import googleOauthClientSecret from './google-oauth-client-secret.js';
import gradleCredentialsPassword from './gradle-credentials-password.js';
import grafanaApiKey from './grafana-api-key.js';
import grafanaToken from './grafana-token.js';
import graphhopperApiKey from './graphhopper-api-key.js';
import groovehqAccessToken from './groovehq-access-token.js';
import groqApiKey from './groq-api-key.js';
import guardianApiKey from './guardian-api-key.js';
import gumroadAccessToken from './gumroad-access-token.js';
import gyazoAccessToken from './gyazo-access-token.js';
import happyscribeApiKey from './happyscribe-api-key.js';
import harnessAccessToken from './harness-access-token.js';
import hellosignApiKey from './hellosign-api-key.js';
import helpcrunchApiKey from './helpcrunch-api-key.js';
import helpscoutApiKey from './helpscout-api-key.js';
import herokuApiKey from './heroku-api-key.js';
import herokuLegacyApiKey from './heroku-legacy-api-key.js';
import herokuNetrcApiKey from './heroku-netrc-api-key.js';
import hetznerApiToken from './hetzner-api-token.js';
import hiveageApiKey from './hiveage-api-key.js';
import holidayapiApiKey from './holidayapi-api-key.js';
import holisticApiKey from './holistic-api-key.js';
import hubspotPrivateAppToken from './hubspot-private-app-token.js';
import huggingfaceToken from './huggingface-token.js';
import hunterApiKey from './hunter-api-key.js';
import hybiscusApiKey from './hybiscus-api-key.js';
import ibmCloudApiKey from './ibm-cloud-api-key.js';
import iconfinderApiKey from './iconfinder-api-key.js';
import iexcloudApiToken from './iexcloud-api-token.js';
import iftttWebhookKey from './ifttt-webhook-key.js';
import imagekitPrivateKey from './imagekit-private-key.js';
import imaggaApiSecret from './imagga-api-secret.js';
import infuraProjectSecret from './infura-project-secret.js';
import instabotApiKey from './instabot-api-key.js';
import ionicPat from './ionic-pat.js';
import ip2locationApiKey from './ip2location-api-key.js';
import ipapiApiKey from './ipapi-api-key.js';
import ipgeolocationApiKey from './ipgeolocation-api-key.js';
import ipinfoAccessToken from './ipinfo-access-token.js';
import ipstackAccessKey from './ipstack-access-key.js';
import jdbcUrl from './jdbc-url.js';
import jfrogReferenceToken from './jfrog-reference-token.js';
import jinaApiKey from './jina-api-key.js';
import jupiteroneApiKey from './jupiterone-api-key.js';
import jwtSigningSecret from './jwt-signing-secret.js';
import kagiSessionToken from './kagi-session-token.js';
import karmacrmApiKey from './karmacrm-api-key.js';
import kerberosAsrepHash from './kerberos-asrep-hash.js';
import kerberosTgsHash from './kerberos-tgs-hash.js';
import keycloakClientSecret from './keycloak-client-secret.js';
import kickboxApiKey from './kickbox-api-key.js';
import knapsackproApiToken from './knapsackpro-api-token.js';
import kongKonnectToken from './kong-konnect-token.js';
import kubeconfigToken from './kubeconfig-token.js';
import kubernetesBootstrapToken from './kubernetes-bootstrap-token.js';
import langfuseSecretKey from './langfuse-secret-key.js';
import langsmithApiKey from './langsmith-api-key.js';
import languagelayerAccessKey from './languagelayer-access-key.js';
import launchdarklyAccessToken from './launchdarkly-access-token.js';
import lemlistApiKey from './lemlist-api-key.js';
import libpqKeywordPassword from './libpq-keyword-password.js';
import linearApiKey from './linear-api-key.js';
import linodePersonalAccessToken from './linode-personal-access-token.js';
import loadmillApiToken from './loadmill-api-token.js';
import logzioApiToken from './logzio-api-token.js';
import lokaliseApiToken from './lokalise-api-token.js';
import lunchmoneyAccessToken from './lunchmoney-access-token.js';
import mailboxlayerAccessKey from './mailboxlayer-access-key.js';
import mailchimpApiKey from './mailchimp-api-key.js';
import mailerliteApiKey from './mailerlite-api-key.js';
import mailgunApiKey from './mailgun-api-key.js';
import mailjetApiSecret from './mailjet-api-secret.js';
import mailsacApiKey from './mailsac-api-key.js';
import makeWebhookUrl from './make-webhook-url.js';
import mandrillApiKey from './mandrill-api-key.js';
import mapboxSecretToken from './mapbox-secret-token.js';
import mapquestApiKey from './mapquest-api-key.js';
import marketstackAccessKey from './marketstack-access-key.js';
import maxmindLicenseKey from './maxmind-license-key.js';
import md5cryptHash from './md5crypt-hash.js';
import mediastackAccessKey from './mediastack-access-key.js';
import meistertaskApiToken from './meistertask-api-token.js';
import messagebirdAccessKey from './messagebird-access-key.js';
import microsoftTeamsWebhookUrl from './microsoft-teams-webhook-url.js';
import mixpanelApiSecret from './mixpanel-api-secret.js';
import modalTokenSecret from './modal-token-secret.js';
import mongodbAtlasApiKey from './mongodb-atlas-api-key.js';
import mongodbAtlasServiceAccountSecret from './mongodb-atlas-service-account-secret.js';
import mongodbUrl from './mongodb-url.js';
import monkeylearnApiKey from './monkeylearn-api-key.js';
import moosendApiKey from './moosend-api-key.js';
import mysqlCliPassword from './mysql-cli-password.js';
import mysqlUrl from './mysql-url.js';
import nasaApiKey from './nasa-api-key.js';
import nasdaqDataLinkApiKey from './nasdaq-data-link-api-key.js';
import neonApiKey from './neon-api-key.js';
import netUsePassword from './net-use-password.js';
import netlifyLegacyToken from './netlify-legacy-token.js';
import netlifyToken from './netlify-token.js';
import netrcEntry from './netrc-entry.js';
import netrcPassword from './netrc-password.js';
import newRelicKey from './new-relic-key.js';
import newRelicLicenseKey from './new-relic-license-key.js';
import newsapiApiKey from './newsapi-api-key.js';
import newscatcherApiKey from './newscatcher-api-key.js';
import ngrokAuthtoken from './ngrok-authtoken.js';
import nightfallApiKey from './nightfall-api-key.js';
import nimbleApiKey from './nimble-api-key.js';
import notionToken from './notion-token.js';
import npmToken from './npm-token.js';
import npmrcAuthToken from './npmrc-auth-token.js';
import nugetApiKey from './nuget-api-key.js';
import nylasApiKey from './nylas-api-key.js';
import octopusDeployApiKey from './octopus-deploy-api-key.js';
import oktaApiToken from './okta-api-token.js';
import oneloginClientSecret from './onelogin-client-secret.js';
import onepasswordServiceAccountToken from './onepassword-service-account-token.js';
import openaiAdminKey from './openai-admin-key.js';
import openaiApiKey from './openai-api-key.js';
import opencageApiKey from './opencage-api-key.js';
import openrouterApiKey from './openrouter-api-key.js';
import opensshPrivateKey from './openssh-private-key.js';
import openvpnStaticKey from './openvpn-static-key.js';
import openweatherApiKey from './openweather-api-key.js';
import owlbotApiKey from './owlbot-api-key.js';
import pagarmeApiKey from './pagarme-api-key.js';
import pagerdutyApiKey from './pagerduty-api-key.js';
import pandadocApiKey from './pandadoc-api-key.js';
import paralleldotsApiKey from './paralleldots-api-key.js';
import particleAccessToken from './particle-access-token.js';
import pastebinApiKey from './pastebin-api-key.js';
import paydirtApiKey from './paydirt-api-key.js';
import paymoApiKey from './paymo-api-key.js';
import paypalClientSecret from './paypal-client-secret.js';
import pdflayerAccessKey from './pdflayer-access-key.js';
import pdfshiftApiKey from './pdfshift-api-key.js';
import perplexityApiKey from './perplexity-api-key.js';
import pgpPrivateKey from './pgp-private-key.js';
import pgpassPassword from './pgpass-password.js';
import phpmailerPassword from './phpmailer-password.js';
import pineconeApiKey from './pinecone-api-key.js';
import pipedriveApiToken from './pipedrive-api-token.js';
import pivotalTrackerApiToken from './pivotal-tracker-api-token.js';
import pixieApiKey from './pixie-api-key.js';
import plaidSecret from './plaid-secret.js';
import planetscaleToken from './planetscale-token.js';
import plivoAuthToken from './plivo-auth-token.js';
import positionstackAccessKey from './positionstack-access-key.js';
import postgresUrl from './postgres-url.js';
import posthogPersonalApiKey from './posthog-personal-api-key.js';
import postmanApiKey from './postman-api-key.js';
import postmarkToken from './postmark-token.js';
import powershellPlaintextSecurestring from './powershell-plaintext-securestring.js';
import prefectApiKey from './prefect-api-key.js';
import privateKey from './private-key.js';
import proxycrawlToken from './proxycrawl-token.js';
import psexecPassword from './psexec-password.js';
import pubnubPublishKey from './pubnub-publish-key.js';
import pubnubSecretKey from './pubnub-secret-key.js';
import pulumiAccessToken from './pulumi-access-token.js';
import pushbulletAccessToken from './pushbullet-access-token.js';
import pusherAppSecret from './pusher-app-secret.js';
import puttyPrivateKey from './putty-private-key.js';
import pypiToken from './pypi-token.js';
import railwayToken from './railway-token.js';
import rapidapiApiKey from './rapidapi-api-key.js';
import rawgApiKey from './rawg-api-key.js';
import readmeApiKey from './readme-api-key.js';
import recurlyPrivateApiKey from './recurly-private-api-key.js';
import redisUrl from './redis-url.js';
import renderApiKey from './render-api-key.js';
import replicateApiToken from './replicate-api-token.js';
import resendApiKey from './resend-api-key.js';
import rollbarAccessToken from './rollbar-access-token.js';
import rubygemsApiKey from './rubygems-api-key.js';
import runscopeAccessToken from './runscope-access-token.js';
import salesforceAccessToken from './salesforce-access-token.js';
import saucelabsAccessKey from './saucelabs-access-key.js';
import scalewaySecretKey from './scaleway-secret-key.js';
import scrapeowlApiKey from './scrapeowl-api-key.js';
import scraperapiApiKey from './scraperapi-api-key.js';
import scrapflyApiKey from './scrapfly-api-key.js';
import scrapingantApiKey from './scrapingant-api-key.js';
import scrapingbeeApiKey from './scrapingbee-api-key.js';
import screenshotlayerAccessKey from './screenshotlayer-access-key.js';
import securitytrailsApiKey from './securitytrails-api-key.js';
import segmentPublicApiToken from './segment-public-api-token.js';
import sendgridApiKey from './sendgrid-api-key.js';
import sentryAuthToken from './sentry-auth-token.js';
import serpstackAccessKey from './serpstack-access-key.js';
import sha256cryptHash from './sha256crypt-hash.js';
import sha512cryptHash from './sha512crypt-hash.js';
import shippoApiToken from './shippo-api-token.js';
import shodanApiKey from './shodan-api-key.js';
import shopifyToken from './shopify-token.js';
import shortcutApiToken from './shortcut-api-token.js';
import signupgeniusApiKey from './signupgenius-api-key.js';
import skrappApiKey from './skrapp-api-key.js';
import slackAppToken from './slack-app-token.js';
import slackBotToken from './slack-bot-token.js';
import slackConfigToken from './slack-config-token.js';
import slackUserToken from './slack-user-token.js';
import slackWebhookUrl from './slack-webhook-url.js';
import smartsheetAccessToken from './smartsheet-access-token.js';
import snykApiToken from './snyk-api-token.js';
import sonarqubeLegacyToken from './sonarqube-legacy-token.js';
import sonarqubeToken from './sonarqube-token.js';
import sourcegraphAccessToken from './sourcegraph-access-token.js';
import sourcegraphGatewayToken from './sourcegraph-gateway-token.js';
import sparkpostApiKey from './sparkpost-api-key.js';
import splunkHecToken from './splunk-hec-token.js';
import splunkObservabilityToken from './splunk-observability-token.js';
import spoonacularApiKey from './spoonacular-api-key.js';
import spotifyClientSecret from './spotify-client-secret.js';
import squareAccessToken from './square-access-token.js';
import sshpassPassword from './sshpass-password.js';
import stackhawkApiKey from './stackhawk-api-key.js';
import statuspageApiKey from './statuspage-api-key.js';
import storyblokAccessToken from './storyblok-access-token.js';
import stripeRestrictedKey from './stripe-restricted-key.js';
import stripeSecretKey from './stripe-secret-key.js';
import stytchSecret from './stytch-secret.js';
import sumologicAccessKey from './sumologic-access-key.js';
import supabasePat from './supabase-pat.js';
import supabaseSecretKey from './supabase-secret-key.js';
import supabaseServiceKey from './supabase-service-key.js';
import tailscaleKey from './tailscale-key.js';
import tavilyApiKey from './tavily-api-key.js';
import teamworkApiKey from './teamwork-api-key.js';
import telegramBotToken from './telegram-bot-token.js';
import telnyxApiKey from './telnyx-api-key.js';
import terraformCloudToken from './terraform-cloud-token.js';
import thingsboardAccessToken from './thingsboard-access-token.js';
import ticketmasterApiKey from './ticketmaster-api-key.js';
import tinesWebhookUrl from './tines-webhook-url.js';
import tmdbApiKey from './tmdb-api-key.js';
import todoistApiToken from './todoist-api-token.js';
import togglApiToken from './toggl-api-token.js';
import tomtomApiKey from './tomtom-api-key.js';
import travisCiApiToken from './travis-ci-api-token.js';
import trelloApiToken from './trello-api-token.js';
import tursoApiToken from './turso-api-token.js';
import twelvedataApiKey from './twelvedata-api-key.js';
import twilioApiKey from './twilio-api-key.js';
import twilioAuthToken from './twilio-auth-token.js';
import twitchClientSecret from './twitch-client-secret.js';
import twitchStreamKey from './twitch-stream-key.js';
import tyntecApiKey from './tyntec-api-key.js';
import typeformPat from './typeform-pat.js';
import ubidotsToken from './ubidots-token.js';
import upleadApiKey from './uplead-api-key.js';
import urlUserinfo from './url-userinfo.js';
import urlscanApiKey from './urlscan-api-key.js';
import userstackAccessKey from './userstack-access-key.js';
import vatlayerAccessKey from './vatlayer-access-key.js';
import vaultLegacyToken from './vault-legacy-token.js';
import vaultToken from './vault-token.js';
import vaultUnsealKey from './vault-unseal-key.js';
import vercelLegacyToken from './vercel-legacy-token.js';
import vercelToken from './vercel-token.js';
import virustotalApiKey from './virustotal-api-key.js';
import vmwarePowercliPassword from './vmware-powercli-password.js';
import voiceflowApiKey from './voiceflow-api-key.js';
import vonageApiSecret from './vonage-api-secret.js';
import voodoosmsApiKey from './voodoosms-api-key.js';
import vultrApiKey from './vultr-api-key.js';
import wandbApiKey from './wandb-api-key.js';
import weatherbitApiKey from './weatherbit-api-key.js';
import weatherstackAccessKey from './weatherstack-access-key.js';
import webhookSigningSecret from './webhook-signing-secret.js';
import wireguardPresharedKey from './wireguard-preshared-key.js';
import wireguardPrivateKey from './wireguard-private-key.js';
import xaiApiKey from './xai-api-key.js';
import xataApiKey from './xata-api-key.js';
import zapierWebhookUrl from './zapier-webhook-url.js';
import zendeskApiToken from './zendesk-api-token.js';
import zenrowsApiKey from './zenrows-api-key.js';
import zenscrapeApiKey from './zenscrape-api-key.js';
import zerobounceApiKey from './zerobounce-api-key.js';
import zohoOauthToken from './zoho-oauth-token.js';
export const detectors: Detector[] = [
  abstractapiApiKey,
  abuseipdbApiKey,
  activecampaignApiKey,
  adafruitIoKey,
  ageSecretKey,
  airbrakeProjectKey,
  airtablePat,
  aivenApiToken,
  algoliaAdminApiKey,
  alphaVantageApiKey,
  amplitudeSecretKey,
  anthropicAdminKey,
  anthropicApiKey,
  anypointAccessToken,
  apifonicaApiKey,
  apifyApiToken,
  apilayerAccessKey,
  apitemplateApiKey,
  appointeddApiKey,
  appsynergyApiKey,
  asanaPat,
  assemblyaiApiKey,
  ateraApiKey,
  atlassianApiToken,
  auth0ClientSecret,
  autopilotApiKey,
  aviationstackAccessKey,
  awsAccessKey,
  awsAppsyncApiKey,
  axiomApiToken,
  azureAppConfigurationConnectionString,
  azureClientCertificate,
  azureClientSecret,
  azureDevopsLegacyPat,
  azureDevopsPat,
  azureSearchApiKey,
  azureSharedAccessKey,
  azureStorageAccountKey,
  azureStorageSas,
  bannerbearApiKey,
  baremetricsApiKey,
  base64PrivateKey,
  bcryptHash,
  beamerApiKey,
  besnappyApiKey,
  besttimePrivateApiKey,
  bitbarApiKey,
  bitcoinaverageApiKey,
  bitlyAccessToken,
  blazemeterApiSecret,
  blitappApiKey,
  blocknativeApiKey,
  blynkDeviceToken,
  borgbaseApiToken,
  boxDeveloperToken,
  braintreePrivateKey,
  brandfetchApiKey,
  brevoApiKey,
  browserbaseApiKey,
  browserstackAccessKey,
  browshotApiKey,
  bscscanApiKey,
  buddynsApiKey,
  bugsnagApiKey,
  buildkiteApiToken,
  buttercmsApiToken,
  calendarificApiKey,
  calendlyPat,
  capsulecrmApiToken,
  censysApiSecret,
  centralstationcrmApiKey,
  cerebrasApiKey,
  chartmogulApiKey,
  chatfuelApiToken,
  checioSecretKey,
  checklyApiKey,
  circleciPat,
  circleciPersonalApiToken,
  ciscoType8Hash,
  ciscoType9Hash,
  clarifaiPat,
  clerkSecretKey,
  clickupApiToken,
  cliengoApiKey,
  clockifyApiKey,
  cloudconvertApiKey,
  cloudflareApiToken,
  cloudflareGlobalApiKey,
  cloudflareLegacyApiToken,
  cloudflareLegacyGlobalApiKey,
  cloudflareOriginCaKey,
  cloudinaryApiSecret,
  cloudmersiveApiKey,
  cloudplanApiKey,
  cloudsmithApiKey,
  cockroachdbCloudApiKey,
  codaApiToken,
  codacyApiToken,
  codecovUploadToken,
  codequiryApiKey,
  coinapiApiKey,
  coinlibApiKey,
  coinmarketcapApiKey,
  collect2ApiKey,
  connectionStringPassword,
  contentfulDeliveryToken,
  contentfulPat,
  conversiontoolsApiToken,
  convertkitApiSecret,
  convexDeployKey,
  coverallsRepoToken,
  craftmypdfApiKey,
  cratesIoApiToken,
  credentialConstructor,
  cryptocompareApiKey,
  curlBasicAuth,
  currencyfreaksApiKey,
  currencylayerAccessKey,
  currencyscoopApiKey,
  currentsapiApiKey,
  customerioApiKey,
  d7networkApiToken,
  dailycoApiKey,
  dandelionApiToken,
  dareboostApiToken,
  databoxPushToken,
  databricksToken,
  datadogApiKey,
  datadogAppKey,
  datocmsApiToken,
  debounceApiKey,
  deepgramApiKey,
  denoDeployToken,
  dependencyTrackApiKey,
  detectifyApiKey,
  detectlanguageApiKey,
  dfuseApiKey,
  digitaloceanToken,
  discordWebhookUrl,
  dockerConfigAuth,
  dockerHubPat,
  docparserApiKey,
  dopplerToken,
  dronahqApiToken,
  dropboxAccessToken,
  duffelAccessToken,
  dynatraceApiToken,
  e2bApiKey,
  easypostApiKey,
  ecostruxureApiKey,
  edenaiApiKey,
  elevenlabsApiKey,
  enigmaApiKey,
  ethplorerApiKey,
  eventbritePrivateToken,
  everhourApiKey,
  extractorapiApiKey,
  facebookAccessToken,
  facebookAppSecret,
  fastforexApiKey,
  feedierApiKey,
  figmaPat,
  finicityClientSecret,
  finnhubApiKey,
  firecrawlApiKey,
  fixerAccessKey,
  fleetbaseSecretKey,
  flexportApiKey,
  flickrApiKey,
  flightapiApiKey,
  flightlabsAccessKey,
  flutterwaveSecretKey,
  flyioToken,
  flyioUserToken,
  fmpApiKey,
  formbucketApiKey,
  formcraftApiKey,
  formioJwtToken,
  foursquareClientSecret,
  frameioApiToken,
  freshdeskApiKey,
  frontappApiToken,
  fullcontactApiKey,
  gcpApiKey,
  gcpAuthorizedUserRefreshToken,
  gcpServiceAccount,
  geckoboardApiKey,
  genericSecretAssignment,
  geoapifyApiKey,
  geocodifyApiKey,
  geocodioApiKey,
  getemailApiKey,
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
  gitterAccessToken,
  glassnodeApiKey,
  gocardlessAccessToken,
  googleChatWebhookUrl,
  googleOauthAccessToken,
  googleOauthClientSecret,
  gradleCredentialsPassword,
  grafanaApiKey,
  grafanaToken,
  graphhopperApiKey,
  groovehqAccessToken,
  groqApiKey,
  guardianApiKey,
  gumroadAccessToken,
  gyazoAccessToken,
  happyscribeApiKey,
  harnessAccessToken,
  hellosignApiKey,
  helpcrunchApiKey,
  helpscoutApiKey,
  herokuApiKey,
  herokuLegacyApiKey,
  herokuNetrcApiKey,
  hetznerApiToken,
  hiveageApiKey,
  holidayapiApiKey,
  holisticApiKey,
  hubspotPrivateAppToken,
  huggingfaceToken,
  hunterApiKey,
  hybiscusApiKey,
  ibmCloudApiKey,
  iconfinderApiKey,
  iexcloudApiToken,
  iftttWebhookKey,
  imagekitPrivateKey,
  imaggaApiSecret,
  infuraProjectSecret,
  instabotApiKey,
  ionicPat,
  ip2locationApiKey,
  ipapiApiKey,
  ipgeolocationApiKey,
  ipinfoAccessToken,
  ipstackAccessKey,
  jdbcUrl,
  jfrogReferenceToken,
  jinaApiKey,
  jupiteroneApiKey,
  jwtSigningSecret,
  kagiSessionToken,
  karmacrmApiKey,
  kerberosAsrepHash,
  kerberosTgsHash,
  keycloakClientSecret,
  kickboxApiKey,
  knapsackproApiToken,
  kongKonnectToken,
  kubeconfigToken,
  kubernetesBootstrapToken,
  langfuseSecretKey,
  langsmithApiKey,
  languagelayerAccessKey,
  launchdarklyAccessToken,
  lemlistApiKey,
  libpqKeywordPassword,
  linearApiKey,
  linodePersonalAccessToken,
  loadmillApiToken,
  logzioApiToken,
  lokaliseApiToken,
  lunchmoneyAccessToken,
  mailboxlayerAccessKey,
  mailchimpApiKey,
  mailerliteApiKey,
  mailgunApiKey,
  mailjetApiSecret,
  mailsacApiKey,
  makeWebhookUrl,
  mandrillApiKey,
  mapboxSecretToken,
  mapquestApiKey,
  marketstackAccessKey,
  maxmindLicenseKey,
  md5cryptHash,
  mediastackAccessKey,
  meistertaskApiToken,
  messagebirdAccessKey,
  microsoftTeamsWebhookUrl,
  mixpanelApiSecret,
  modalTokenSecret,
  mongodbAtlasApiKey,
  mongodbAtlasServiceAccountSecret,
  mongodbUrl,
  monkeylearnApiKey,
  moosendApiKey,
  mysqlCliPassword,
  mysqlUrl,
  nasaApiKey,
  nasdaqDataLinkApiKey,
  neonApiKey,
  netUsePassword,
  netlifyLegacyToken,
  netlifyToken,
  netrcEntry,
  netrcPassword,
  newRelicKey,
  newRelicLicenseKey,
  newsapiApiKey,
  newscatcherApiKey,
  ngrokAuthtoken,
  nightfallApiKey,
  nimbleApiKey,
  notionToken,
  npmToken,
  npmrcAuthToken,
  nugetApiKey,
  nylasApiKey,
  octopusDeployApiKey,
  oktaApiToken,
  oneloginClientSecret,
  onepasswordServiceAccountToken,
  openaiAdminKey,
  openaiApiKey,
  opencageApiKey,
  openrouterApiKey,
  opensshPrivateKey,
  openvpnStaticKey,
  openweatherApiKey,
  owlbotApiKey,
  pagarmeApiKey,
  pagerdutyApiKey,
  pandadocApiKey,
  paralleldotsApiKey,
  particleAccessToken,
  pastebinApiKey,
  paydirtApiKey,
  paymoApiKey,
  paypalClientSecret,
  pdflayerAccessKey,
  pdfshiftApiKey,
  perplexityApiKey,
  pgpPrivateKey,
  pgpassPassword,
  phpmailerPassword,
  pineconeApiKey,
  pipedriveApiToken,
  pivotalTrackerApiToken,
  pixieApiKey,
  plaidSecret,
  planetscaleToken,
  plivoAuthToken,
  positionstackAccessKey,
  postgresUrl,
  posthogPersonalApiKey,
  postmanApiKey,
  postmarkToken,
  powershellPlaintextSecurestring,
  prefectApiKey,
  privateKey,
  proxycrawlToken,
  psexecPassword,
  pubnubPublishKey,
  pubnubSecretKey,
  pulumiAccessToken,
  pushbulletAccessToken,
  pusherAppSecret,
  puttyPrivateKey,
  pypiToken,
  railwayToken,
  rapidapiApiKey,
  rawgApiKey,
  readmeApiKey,
  recurlyPrivateApiKey,
  redisUrl,
  renderApiKey,
  replicateApiToken,
  resendApiKey,
  rollbarAccessToken,
  rubygemsApiKey,
  runscopeAccessToken,
  salesforceAccessToken,
  saucelabsAccessKey,
  scalewaySecretKey,
  scrapeowlApiKey,
  scraperapiApiKey,
  scrapflyApiKey,
  scrapingantApiKey,
  scrapingbeeApiKey,
  screenshotlayerAccessKey,
  securitytrailsApiKey,
  segmentPublicApiToken,
  sendgridApiKey,
  sentryAuthToken,
  serpstackAccessKey,
  sha256cryptHash,
  sha512cryptHash,
  shippoApiToken,
  shodanApiKey,
  shopifyToken,
  shortcutApiToken,
  signupgeniusApiKey,
  skrappApiKey,
  slackAppToken,
  slackBotToken,
  slackConfigToken,
  slackUserToken,
  slackWebhookUrl,
  smartsheetAccessToken,
  snykApiToken,
  sonarqubeLegacyToken,
  sonarqubeToken,
  sourcegraphAccessToken,
  sourcegraphGatewayToken,
  sparkpostApiKey,
  splunkHecToken,
  splunkObservabilityToken,
  spoonacularApiKey,
  spotifyClientSecret,
  squareAccessToken,
  sshpassPassword,
  stackhawkApiKey,
  statuspageApiKey,
  storyblokAccessToken,
  stripeRestrictedKey,
  stripeSecretKey,
  stytchSecret,
  sumologicAccessKey,
  supabasePat,
  supabaseSecretKey,
  supabaseServiceKey,
  tailscaleKey,
  tavilyApiKey,
  teamworkApiKey,
  telegramBotToken,
  telnyxApiKey,
  terraformCloudToken,
  thingsboardAccessToken,
  ticketmasterApiKey,
  tinesWebhookUrl,
  tmdbApiKey,
  todoistApiToken,
  togglApiToken,
  tomtomApiKey,
  travisCiApiToken,
  trelloApiToken,
  tursoApiToken,
  twelvedataApiKey,
  twilioApiKey,
  twilioAuthToken,
  twitchClientSecret,
  twitchStreamKey,
  tyntecApiKey,
  typeformPat,
  ubidotsToken,
  upleadApiKey,
  urlUserinfo,
  urlscanApiKey,
  userstackAccessKey,
  vatlayerAccessKey,
  vaultLegacyToken,
  vaultToken,
  vaultUnsealKey,
  vercelLegacyToken,
  vercelToken,
  virustotalApiKey,
  vmwarePowercliPassword,
  voiceflowApiKey,
  vonageApiSecret,
  voodoosmsApiKey,
  vultrApiKey,
  wandbApiKey,
  weatherbitApiKey,
  weatherstackAccessKey,
  webhookSigningSecret,
  wireguardPresharedKey,
  wireguardPrivateKey,
  xaiApiKey,
  xataApiKey,
  zapierWebhookUrl,
  zendeskApiToken,
  zenrowsApiKey,
  zenscrapeApiKey,
  zerobounceApiKey,
  zohoOauthToken,
];

/** Keys providers publish in their documentation, which no scan reports (detectors/lib/example-keys.ts). */
export { exampleKey } from './lib/example-keys.js';
