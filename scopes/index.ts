// Every provider, registered once, in alphabetical order (test/registries.test.ts checks it). A new provider
// is one file in this folder plus its import and entry here: node scripts/new-provider.mjs NAME does both.
import type { Provider } from '../src/resolve/define.js';
import abstractapi from './abstractapi.js';
import abuseipdb from './abuseipdb.js';
import activecampaign from './activecampaign.js';
import adafruitIo from './adafruit-io.js';
import age from './age.js';
import airbrake from './airbrake.js';
import airtable from './airtable.js';
import aiven from './aiven.js';
import algolia from './algolia.js';
import alphaVantage from './alpha-vantage.js';
import amplitude from './amplitude.js';
import anthropic from './anthropic.js';
import anypoint from './anypoint.js';
import apifonica from './apifonica.js';
import apify from './apify.js';
import apilayer from './apilayer.js';
import apitemplate from './apitemplate.js';
import appointedd from './appointedd.js';
import appsynergy from './appsynergy.js';
import asana from './asana.js';
import assemblyai from './assemblyai.js';
import atera from './atera.js';
import atlassian from './atlassian.js';
import auth0 from './auth0.js';
import autopilot from './autopilot.js';
import aviationstack from './aviationstack.js';
import aws from './aws.js';
import awsAppsync from './aws-appsync.js';
import axiom from './axiom.js';
import azure from './azure.js';
import azureAppConfiguration from './azure-app-configuration.js';
import azureDevops from './azure-devops.js';
import azureSearch from './azure-search.js';
import azureSharedAccess from './azure-shared-access.js';
import azureStorage from './azure-storage.js';
import bannerbear from './bannerbear.js';
import baremetrics from './baremetrics.js';
import beamer from './beamer.js';
import besnappy from './besnappy.js';
import besttime from './besttime.js';
import bitbar from './bitbar.js';
import bitcoinaverage from './bitcoinaverage.js';
import bitly from './bitly.js';
import blazemeter from './blazemeter.js';
import blitapp from './blitapp.js';
import blocknative from './blocknative.js';
import blynk from './blynk.js';
import borgbase from './borgbase.js';
import box from './box.js';
import braintree from './braintree.js';
import brandfetch from './brandfetch.js';
import brevo from './brevo.js';
import browserbase from './browserbase.js';
import browserstack from './browserstack.js';
import browshot from './browshot.js';
import bscscan from './bscscan.js';
import buddyns from './buddyns.js';
import bugsnag from './bugsnag.js';
import buildkite from './buildkite.js';
import buttercms from './buttercms.js';
import calendarific from './calendarific.js';
import calendly from './calendly.js';
import capsulecrm from './capsulecrm.js';
import censys from './censys.js';
import centralstationcrm from './centralstationcrm.js';
import cerebras from './cerebras.js';
import chartmogul from './chartmogul.js';
import chatfuel from './chatfuel.js';
import checio from './checio.js';
import checkly from './checkly.js';
import circleci from './circleci.js';
import clarifai from './clarifai.js';
import clerk from './clerk.js';
import clickup from './clickup.js';
import cliengo from './cliengo.js';
import clockify from './clockify.js';
import cloudconvert from './cloudconvert.js';
import cloudflare from './cloudflare.js';
import cloudflareOriginCa from './cloudflare-origin-ca.js';
import cloudinary from './cloudinary.js';
import cloudmersive from './cloudmersive.js';
import cloudplan from './cloudplan.js';
import cloudsmith from './cloudsmith.js';
import cockroachdbCloud from './cockroachdb-cloud.js';
import coda from './coda.js';
import codacy from './codacy.js';
import codecov from './codecov.js';
import codequiry from './codequiry.js';
import coinapi from './coinapi.js';
import coinlib from './coinlib.js';
import coinmarketcap from './coinmarketcap.js';
import collect2 from './collect2.js';
import commandLine from './command-line.js';
import connectionString from './connection-string.js';
import contentful from './contentful.js';
import conversiontools from './conversiontools.js';
import convertkit from './convertkit.js';
import convex from './convex.js';
import coveralls from './coveralls.js';
import craftmypdf from './craftmypdf.js';
import cratesIo from './crates-io.js';
import cryptocompare from './cryptocompare.js';
import currencyfreaks from './currencyfreaks.js';
import currencylayer from './currencylayer.js';
import currencyscoop from './currencyscoop.js';
import currentsapi from './currentsapi.js';
import customerio from './customerio.js';
import d7network from './d7network.js';
import dailyco from './dailyco.js';
import dandelion from './dandelion.js';
import dareboost from './dareboost.js';
import databox from './databox.js';
import databricks from './databricks.js';
import datadog from './datadog.js';
import datocms from './datocms.js';
import debounce from './debounce.js';
import deepgram from './deepgram.js';
import denoDeploy from './deno-deploy.js';
import dependencyTrack from './dependency-track.js';
import detectify from './detectify.js';
import detectlanguage from './detectlanguage.js';
import dfuse from './dfuse.js';
import digitalocean from './digitalocean.js';
import discord from './discord.js';
import dockerHub from './docker-hub.js';
import dockerRegistry from './docker-registry.js';
import docparser from './docparser.js';
import doppler from './doppler.js';
import dronahq from './dronahq.js';
import dropbox from './dropbox.js';
import duffel from './duffel.js';
import dynatrace from './dynatrace.js';
import e2b from './e2b.js';
import easypost from './easypost.js';
import ecostruxure from './ecostruxure.js';
import edenai from './edenai.js';
import elevenlabs from './elevenlabs.js';
import enigma from './enigma.js';
import ethplorer from './ethplorer.js';
import eventbrite from './eventbrite.js';
import everhour from './everhour.js';
import extractorapi from './extractorapi.js';
import facebook from './facebook.js';
import fastforex from './fastforex.js';
import feedier from './feedier.js';
import figma from './figma.js';
import finicity from './finicity.js';
import finnhub from './finnhub.js';
import firecrawl from './firecrawl.js';
import fixer from './fixer.js';
import fleetbase from './fleetbase.js';
import flexport from './flexport.js';
import flickr from './flickr.js';
import flightapi from './flightapi.js';
import flightlabs from './flightlabs.js';
import flutterwave from './flutterwave.js';
import flyio from './flyio.js';
import fmp from './fmp.js';
import formbucket from './formbucket.js';
import formcraft from './formcraft.js';
import formio from './formio.js';
import foursquare from './foursquare.js';
import frameio from './frameio.js';
import freshdesk from './freshdesk.js';
import frontapp from './frontapp.js';
import fullcontact from './fullcontact.js';
import gcp from './gcp.js';
import geckoboard from './geckoboard.js';
import generic from './generic.js';
import geoapify from './geoapify.js';
import geocodify from './geocodify.js';
import geocodio from './geocodio.js';
import getemail from './getemail.js';
import gitHttp from './git-http.js';
import github from './github.js';
import gitlab from './gitlab.js';
import gitter from './gitter.js';
import glassnode from './glassnode.js';
import gocardless from './gocardless.js';
import googleChat from './google-chat.js';
import googleOauth from './google-oauth.js';
import grafana from './grafana.js';
import graphhopper from './graphhopper.js';
import groovehq from './groovehq.js';
import groq from './groq.js';
import guardian from './guardian.js';
import gumroad from './gumroad.js';
import gyazo from './gyazo.js';
import happyscribe from './happyscribe.js';
import harness from './harness.js';
import hellosign from './hellosign.js';
import helpcrunch from './helpcrunch.js';
import helpscout from './helpscout.js';
import heroku from './heroku.js';
import hetzner from './hetzner.js';
import hiveage from './hiveage.js';
import holidayapi from './holidayapi.js';
import holistic from './holistic.js';
import hubspot from './hubspot.js';
import huggingface from './huggingface.js';
import hunter from './hunter.js';
import hybiscus from './hybiscus.js';
import ibmCloud from './ibm-cloud.js';
import iconfinder from './iconfinder.js';
import iexcloud from './iexcloud.js';
import ifttt from './ifttt.js';
import imagekit from './imagekit.js';
import imagga from './imagga.js';
import infura from './infura.js';
import instabot from './instabot.js';
import ionic from './ionic.js';
import ip2location from './ip2location.js';
import ipapi from './ipapi.js';
import ipgeolocation from './ipgeolocation.js';
import ipinfo from './ipinfo.js';
import ipstack from './ipstack.js';
import jdbc from './jdbc.js';
import jfrog from './jfrog.js';
import jina from './jina.js';
import jupiterone from './jupiterone.js';
import jwtSigning from './jwt-signing.js';
import kagi from './kagi.js';
import karmacrm from './karmacrm.js';
import keycloak from './keycloak.js';
import kickbox from './kickbox.js';
import knapsackpro from './knapsackpro.js';
import kongKonnect from './kong-konnect.js';
import kubernetes from './kubernetes.js';
import langfuse from './langfuse.js';
import langsmith from './langsmith.js';
import languagelayer from './languagelayer.js';
import launchdarkly from './launchdarkly.js';
import lemlist from './lemlist.js';
import linear from './linear.js';
import linode from './linode.js';
import loadmill from './loadmill.js';
import logzio from './logzio.js';
import lokalise from './lokalise.js';
import lunchmoney from './lunchmoney.js';
import mailboxlayer from './mailboxlayer.js';
import mailchimp from './mailchimp.js';
import mailerlite from './mailerlite.js';
import mailgun from './mailgun.js';
import mailjet from './mailjet.js';
import mailsac from './mailsac.js';
import make from './make.js';
import mandrill from './mandrill.js';
import mapbox from './mapbox.js';
import mapquest from './mapquest.js';
import marketstack from './marketstack.js';
import maxmind from './maxmind.js';
import mediastack from './mediastack.js';
import meistertask from './meistertask.js';
import messagebird from './messagebird.js';
import microsoftTeams from './microsoft-teams.js';
import mixpanel from './mixpanel.js';
import modal from './modal.js';
import mongodb from './mongodb.js';
import mongodbAtlas from './mongodb-atlas.js';
import monkeylearn from './monkeylearn.js';
import moosend from './moosend.js';
import mysql from './mysql.js';
import nasa from './nasa.js';
import nasdaqDataLink from './nasdaq-data-link.js';
import neon from './neon.js';
import netlify from './netlify.js';
import netrc from './netrc.js';
import newRelic from './new-relic.js';
import newsapi from './newsapi.js';
import newscatcher from './newscatcher.js';
import ngrok from './ngrok.js';
import nightfall from './nightfall.js';
import nimble from './nimble.js';
import notion from './notion.js';
import npm from './npm.js';
import nuget from './nuget.js';
import nylas from './nylas.js';
import octopusDeploy from './octopus-deploy.js';
import okta from './okta.js';
import onelogin from './onelogin.js';
import onepassword from './onepassword.js';
import openai from './openai.js';
import opencage from './opencage.js';
import openrouter from './openrouter.js';
import openvpn from './openvpn.js';
import openweather from './openweather.js';
import owlbot from './owlbot.js';
import pagarme from './pagarme.js';
import pagerduty from './pagerduty.js';
import pandadoc from './pandadoc.js';
import paralleldots from './paralleldots.js';
import particle from './particle.js';
import passwordHash from './password-hash.js';
import pastebin from './pastebin.js';
import paydirt from './paydirt.js';
import paymo from './paymo.js';
import paypal from './paypal.js';
import pdflayer from './pdflayer.js';
import pdfshift from './pdfshift.js';
import perplexity from './perplexity.js';
import pinecone from './pinecone.js';
import pipedrive from './pipedrive.js';
import pivotalTracker from './pivotal-tracker.js';
import pixie from './pixie.js';
import plaid from './plaid.js';
import planetscale from './planetscale.js';
import plivo from './plivo.js';
import positionstack from './positionstack.js';
import postgres from './postgres.js';
import posthog from './posthog.js';
import postman from './postman.js';
import postmark from './postmark.js';
import prefect from './prefect.js';
import privateKey from './private-key.js';
import proxycrawl from './proxycrawl.js';
import pubnub from './pubnub.js';
import pulumi from './pulumi.js';
import pushbullet from './pushbullet.js';
import pusher from './pusher.js';
import pypi from './pypi.js';
import railway from './railway.js';
import rapidapi from './rapidapi.js';
import rawg from './rawg.js';
import readme from './readme.js';
import recurly from './recurly.js';
import redis from './redis.js';
import render from './render.js';
import replicate from './replicate.js';
import resend from './resend.js';
import rollbar from './rollbar.js';
import rubygems from './rubygems.js';
import runscope from './runscope.js';
import salesforce from './salesforce.js';
import saucelabs from './saucelabs.js';
import scaleway from './scaleway.js';
import scrapeowl from './scrapeowl.js';
import scraperapi from './scraperapi.js';
import scrapfly from './scrapfly.js';
import scrapingant from './scrapingant.js';
import scrapingbee from './scrapingbee.js';
import screenshotlayer from './screenshotlayer.js';
import securitytrails from './securitytrails.js';
import segment from './segment.js';
import sendgrid from './sendgrid.js';
import sentry from './sentry.js';
import serpstack from './serpstack.js';
import shippo from './shippo.js';
import shodan from './shodan.js';
import shopify from './shopify.js';
import shortcut from './shortcut.js';
import signupgenius from './signupgenius.js';
import skrapp from './skrapp.js';
import slack from './slack.js';
import smartsheet from './smartsheet.js';
import snyk from './snyk.js';
import sonarqube from './sonarqube.js';
import sourcegraph from './sourcegraph.js';
import sourcegraphCodyGateway from './sourcegraph-cody-gateway.js';
import sparkpost from './sparkpost.js';
import splunk from './splunk.js';
import splunkObservability from './splunk-observability.js';
import spoonacular from './spoonacular.js';
import spotify from './spotify.js';
import square from './square.js';
import ssh from './ssh.js';
import stackhawk from './stackhawk.js';
import statuspage from './statuspage.js';
import storyblok from './storyblok.js';
import stripe from './stripe.js';
import stytch from './stytch.js';
import sumologic from './sumologic.js';
import supabase from './supabase.js';
import tailscale from './tailscale.js';
import tavily from './tavily.js';
import teamwork from './teamwork.js';
import telegram from './telegram.js';
import telnyx from './telnyx.js';
import terraformCloud from './terraform-cloud.js';
import thingsboard from './thingsboard.js';
import ticketmaster from './ticketmaster.js';
import tines from './tines.js';
import tmdb from './tmdb.js';
import todoist from './todoist.js';
import toggl from './toggl.js';
import tomtom from './tomtom.js';
import travisCi from './travis-ci.js';
import trello from './trello.js';
import turso from './turso.js';
import twelvedata from './twelvedata.js';
import twilio from './twilio.js';
import twitch from './twitch.js';
import tyntec from './tyntec.js';
import typeform from './typeform.js';
import ubidots from './ubidots.js';
import uplead from './uplead.js';
import urlCredential from './url-credential.js';
import urlscan from './urlscan.js';
import userstack from './userstack.js';
import vatlayer from './vatlayer.js';
import vault from './vault.js';
import vercel from './vercel.js';
import virustotal from './virustotal.js';
import voiceflow from './voiceflow.js';
import vonage from './vonage.js';
import voodoosms from './voodoosms.js';
import vultr from './vultr.js';
import wandb from './wandb.js';
import weatherbit from './weatherbit.js';
import weatherstack from './weatherstack.js';
import webhookSigning from './webhook-signing.js';
import wireguard from './wireguard.js';
import xai from './xai.js';
import xata from './xata.js';
import zapier from './zapier.js';
import zendesk from './zendesk.js';
import zenrows from './zenrows.js';
import zenscrape from './zenscrape.js';
import zerobounce from './zerobounce.js';
import zoho from './zoho.js';
export const providers: Provider[] = [
  abstractapi,
  abuseipdb,
  activecampaign,
  adafruitIo,
  age,
  airbrake,
  airtable,
  aiven,
  algolia,
  alphaVantage,
  amplitude,
  anthropic,
  anypoint,
  apifonica,
  apify,
  apilayer,
  apitemplate,
  appointedd,
  appsynergy,
  asana,
  assemblyai,
  atera,
  atlassian,
  auth0,
  autopilot,
  aviationstack,
  aws,
  awsAppsync,
  axiom,
  azure,
  azureAppConfiguration,
  azureDevops,
  azureSearch,
  azureSharedAccess,
  azureStorage,
  bannerbear,
  baremetrics,
  beamer,
  besnappy,
  besttime,
  bitbar,
  bitcoinaverage,
  bitly,
  blazemeter,
  blitapp,
  blocknative,
  blynk,
  borgbase,
  box,
  braintree,
  brandfetch,
  brevo,
  browserbase,
  browserstack,
  browshot,
  bscscan,
  buddyns,
  bugsnag,
  buildkite,
  buttercms,
  calendarific,
  calendly,
  capsulecrm,
  censys,
  centralstationcrm,
  cerebras,
  chartmogul,
  chatfuel,
  checio,
  checkly,
  circleci,
  clarifai,
  clerk,
  clickup,
  cliengo,
  clockify,
  cloudconvert,
  cloudflare,
  cloudflareOriginCa,
  cloudinary,
  cloudmersive,
  cloudplan,
  cloudsmith,
  cockroachdbCloud,
  coda,
  codacy,
  codecov,
  codequiry,
  coinapi,
  coinlib,
  coinmarketcap,
  collect2,
  commandLine,
  connectionString,
  contentful,
  conversiontools,
  convertkit,
  convex,
  coveralls,
  craftmypdf,
  cratesIo,
  cryptocompare,
  currencyfreaks,
  currencylayer,
  currencyscoop,
  currentsapi,
  customerio,
  d7network,
  dailyco,
  dandelion,
  dareboost,
  databox,
  databricks,
  datadog,
  datocms,
  debounce,
  deepgram,
  denoDeploy,
  dependencyTrack,
  detectify,
  detectlanguage,
  dfuse,
  digitalocean,
  discord,
  dockerHub,
  dockerRegistry,
  docparser,
  doppler,
  dronahq,
  dropbox,
  duffel,
  dynatrace,
  e2b,
  easypost,
  ecostruxure,
  edenai,
  elevenlabs,
  enigma,
  ethplorer,
  eventbrite,
  everhour,
  extractorapi,
  facebook,
  fastforex,
  feedier,
  figma,
  finicity,
  finnhub,
  firecrawl,
  fixer,
  fleetbase,
  flexport,
  flickr,
  flightapi,
  flightlabs,
  flutterwave,
  flyio,
  fmp,
  formbucket,
  formcraft,
  formio,
  foursquare,
  frameio,
  freshdesk,
  frontapp,
  fullcontact,
  gcp,
  geckoboard,
  generic,
  geoapify,
  geocodify,
  geocodio,
  getemail,
  gitHttp,
  github,
  gitlab,
  gitter,
  glassnode,
  gocardless,
  googleChat,
  googleOauth,
  grafana,
  graphhopper,
  groovehq,
  groq,
  guardian,
  gumroad,
  gyazo,
  happyscribe,
  harness,
  hellosign,
  helpcrunch,
  helpscout,
  heroku,
  hetzner,
  hiveage,
  holidayapi,
  holistic,
  hubspot,
  huggingface,
  hunter,
  hybiscus,
  ibmCloud,
  iconfinder,
  iexcloud,
  ifttt,
  imagekit,
  imagga,
  infura,
  instabot,
  ionic,
  ip2location,
  ipapi,
  ipgeolocation,
  ipinfo,
  ipstack,
  jdbc,
  jfrog,
  jina,
  jupiterone,
  jwtSigning,
  kagi,
  karmacrm,
  keycloak,
  kickbox,
  knapsackpro,
  kongKonnect,
  kubernetes,
  langfuse,
  langsmith,
  languagelayer,
  launchdarkly,
  lemlist,
  linear,
  linode,
  loadmill,
  logzio,
  lokalise,
  lunchmoney,
  mailboxlayer,
  mailchimp,
  mailerlite,
  mailgun,
  mailjet,
  mailsac,
  make,
  mandrill,
  mapbox,
  mapquest,
  marketstack,
  maxmind,
  mediastack,
  meistertask,
  messagebird,
  microsoftTeams,
  mixpanel,
  modal,
  mongodb,
  mongodbAtlas,
  monkeylearn,
  moosend,
  mysql,
  nasa,
  nasdaqDataLink,
  neon,
  netlify,
  netrc,
  newRelic,
  newsapi,
  newscatcher,
  ngrok,
  nightfall,
  nimble,
  notion,
  npm,
  nuget,
  nylas,
  octopusDeploy,
  okta,
  onelogin,
  onepassword,
  openai,
  opencage,
  openrouter,
  openvpn,
  openweather,
  owlbot,
  pagarme,
  pagerduty,
  pandadoc,
  paralleldots,
  particle,
  passwordHash,
  pastebin,
  paydirt,
  paymo,
  paypal,
  pdflayer,
  pdfshift,
  perplexity,
  pinecone,
  pipedrive,
  pivotalTracker,
  pixie,
  plaid,
  planetscale,
  plivo,
  positionstack,
  postgres,
  posthog,
  postman,
  postmark,
  prefect,
  privateKey,
  proxycrawl,
  pubnub,
  pulumi,
  pushbullet,
  pusher,
  pypi,
  railway,
  rapidapi,
  rawg,
  readme,
  recurly,
  redis,
  render,
  replicate,
  resend,
  rollbar,
  rubygems,
  runscope,
  salesforce,
  saucelabs,
  scaleway,
  scrapeowl,
  scraperapi,
  scrapfly,
  scrapingant,
  scrapingbee,
  screenshotlayer,
  securitytrails,
  segment,
  sendgrid,
  sentry,
  serpstack,
  shippo,
  shodan,
  shopify,
  shortcut,
  signupgenius,
  skrapp,
  slack,
  smartsheet,
  snyk,
  sonarqube,
  sourcegraph,
  sourcegraphCodyGateway,
  sparkpost,
  splunk,
  splunkObservability,
  spoonacular,
  spotify,
  square,
  ssh,
  stackhawk,
  statuspage,
  storyblok,
  stripe,
  stytch,
  sumologic,
  supabase,
  tailscale,
  tavily,
  teamwork,
  telegram,
  telnyx,
  terraformCloud,
  thingsboard,
  ticketmaster,
  tines,
  tmdb,
  todoist,
  toggl,
  tomtom,
  travisCi,
  trello,
  turso,
  twelvedata,
  twilio,
  twitch,
  tyntec,
  typeform,
  ubidots,
  uplead,
  urlCredential,
  urlscan,
  userstack,
  vatlayer,
  vault,
  vercel,
  virustotal,
  voiceflow,
  vonage,
  voodoosms,
  vultr,
  wandb,
  weatherbit,
  weatherstack,
  webhookSigning,
  wireguard,
  xai,
  xata,
  zapier,
  zendesk,
  zenrows,
  zenscrape,
  zerobounce,
  zoho,
];

const byId = new Map(providers.map((p) => [p.id, p]));

export function provider(id: string): Provider | undefined {
  return byId.get(id);
}
