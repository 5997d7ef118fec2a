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
import apilayer from './apilayer.js';
import appsynergy from './appsynergy.js';
import asana from './asana.js';
import assemblyai from './assemblyai.js';
import atera from './atera.js';
import atlassian from './atlassian.js';
import auth0 from './auth0.js';
import aviationstack from './aviationstack.js';
import aws from './aws.js';
import axiom from './axiom.js';
import azure from './azure.js';
import azureAppConfiguration from './azure-app-configuration.js';
import azureDevops from './azure-devops.js';
import azureSearch from './azure-search.js';
import azureSharedAccess from './azure-shared-access.js';
import azureStorage from './azure-storage.js';
import bannerbear from './bannerbear.js';
import bitcoinaverage from './bitcoinaverage.js';
import bitly from './bitly.js';
import blocknative from './blocknative.js';
import blynk from './blynk.js';
import braintree from './braintree.js';
import brandfetch from './brandfetch.js';
import brevo from './brevo.js';
import browserbase from './browserbase.js';
import browserstack from './browserstack.js';
import bscscan from './bscscan.js';
import bugsnag from './bugsnag.js';
import buildkite from './buildkite.js';
import buttercms from './buttercms.js';
import censys from './censys.js';
import centralstationcrm from './centralstationcrm.js';
import cerebras from './cerebras.js';
import checkly from './checkly.js';
import circleci from './circleci.js';
import clarifai from './clarifai.js';
import clerk from './clerk.js';
import clickup from './clickup.js';
import clockify from './clockify.js';
import cloudflare from './cloudflare.js';
import cloudinary from './cloudinary.js';
import cockroachdbCloud from './cockroachdb-cloud.js';
import codacy from './codacy.js';
import codecov from './codecov.js';
import coinapi from './coinapi.js';
import coinmarketcap from './coinmarketcap.js';
import commandLine from './command-line.js';
import connectionString from './connection-string.js';
import contentful from './contentful.js';
import coveralls from './coveralls.js';
import craftmypdf from './craftmypdf.js';
import cratesIo from './crates-io.js';
import currencylayer from './currencylayer.js';
import customerio from './customerio.js';
import d7network from './d7network.js';
import databox from './databox.js';
import databricks from './databricks.js';
import datadog from './datadog.js';
import datocms from './datocms.js';
import deepgram from './deepgram.js';
import denoDeploy from './deno-deploy.js';
import dependencyTrack from './dependency-track.js';
import detectify from './detectify.js';
import digitalocean from './digitalocean.js';
import discord from './discord.js';
import dockerHub from './docker-hub.js';
import dockerRegistry from './docker-registry.js';
import doppler from './doppler.js';
import dropbox from './dropbox.js';
import duffel from './duffel.js';
import dynatrace from './dynatrace.js';
import e2b from './e2b.js';
import easypost from './easypost.js';
import eventbrite from './eventbrite.js';
import facebook from './facebook.js';
import figma from './figma.js';
import finicity from './finicity.js';
import finnhub from './finnhub.js';
import firecrawl from './firecrawl.js';
import fixer from './fixer.js';
import flutterwave from './flutterwave.js';
import flyio from './flyio.js';
import fmp from './fmp.js';
import foursquare from './foursquare.js';
import frameio from './frameio.js';
import freshdesk from './freshdesk.js';
import fullcontact from './fullcontact.js';
import gcp from './gcp.js';
import generic from './generic.js';
import geoapify from './geoapify.js';
import geocodify from './geocodify.js';
import geocodio from './geocodio.js';
import gitHttp from './git-http.js';
import github from './github.js';
import gitlab from './gitlab.js';
import googleChat from './google-chat.js';
import googleOauth from './google-oauth.js';
import grafana from './grafana.js';
import graphhopper from './graphhopper.js';
import groovehq from './groovehq.js';
import groq from './groq.js';
import guardian from './guardian.js';
import harness from './harness.js';
import helpscout from './helpscout.js';
import heroku from './heroku.js';
import hetzner from './hetzner.js';
import hubspot from './hubspot.js';
import huggingface from './huggingface.js';
import hunter from './hunter.js';
import ibmCloud from './ibm-cloud.js';
import iexcloud from './iexcloud.js';
import ifttt from './ifttt.js';
import infura from './infura.js';
import ipinfo from './ipinfo.js';
import ipstack from './ipstack.js';
import jdbc from './jdbc.js';
import jfrog from './jfrog.js';
import jina from './jina.js';
import jupiterone from './jupiterone.js';
import jwtSigning from './jwt-signing.js';
import kagi from './kagi.js';
import keycloak from './keycloak.js';
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
import mediastack from './mediastack.js';
import meistertask from './meistertask.js';
import messagebird from './messagebird.js';
import microsoftTeams from './microsoft-teams.js';
import mixpanel from './mixpanel.js';
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
import uplead from './uplead.js';
import urlCredential from './url-credential.js';
import urlscan from './urlscan.js';
import userstack from './userstack.js';
import vatlayer from './vatlayer.js';
import vault from './vault.js';
import vercel from './vercel.js';
import virustotal from './virustotal.js';
import vonage from './vonage.js';
import voodoosms from './voodoosms.js';
import vultr from './vultr.js';
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
  apilayer,
  appsynergy,
  asana,
  assemblyai,
  atera,
  atlassian,
  auth0,
  aviationstack,
  aws,
  axiom,
  azure,
  azureAppConfiguration,
  azureDevops,
  azureSearch,
  azureSharedAccess,
  azureStorage,
  bannerbear,
  bitcoinaverage,
  bitly,
  blocknative,
  blynk,
  braintree,
  brandfetch,
  brevo,
  browserbase,
  browserstack,
  bscscan,
  bugsnag,
  buildkite,
  buttercms,
  censys,
  centralstationcrm,
  cerebras,
  checkly,
  circleci,
  clarifai,
  clerk,
  clickup,
  clockify,
  cloudflare,
  cloudinary,
  cockroachdbCloud,
  codacy,
  codecov,
  coinapi,
  coinmarketcap,
  commandLine,
  connectionString,
  contentful,
  coveralls,
  craftmypdf,
  cratesIo,
  currencylayer,
  customerio,
  d7network,
  databox,
  databricks,
  datadog,
  datocms,
  deepgram,
  denoDeploy,
  dependencyTrack,
  detectify,
  digitalocean,
  discord,
  dockerHub,
  dockerRegistry,
  doppler,
  dropbox,
  duffel,
  dynatrace,
  e2b,
  easypost,
  eventbrite,
  facebook,
  figma,
  finicity,
  finnhub,
  firecrawl,
  fixer,
  flutterwave,
  flyio,
  fmp,
  foursquare,
  frameio,
  freshdesk,
  fullcontact,
  gcp,
  generic,
  geoapify,
  geocodify,
  geocodio,
  gitHttp,
  github,
  gitlab,
  googleChat,
  googleOauth,
  grafana,
  graphhopper,
  groovehq,
  groq,
  guardian,
  harness,
  helpscout,
  heroku,
  hetzner,
  hubspot,
  huggingface,
  hunter,
  ibmCloud,
  iexcloud,
  ifttt,
  infura,
  ipinfo,
  ipstack,
  jdbc,
  jfrog,
  jina,
  jupiterone,
  jwtSigning,
  kagi,
  keycloak,
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
  mediastack,
  meistertask,
  messagebird,
  microsoftTeams,
  mixpanel,
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
  uplead,
  urlCredential,
  urlscan,
  userstack,
  vatlayer,
  vault,
  vercel,
  virustotal,
  vonage,
  voodoosms,
  vultr,
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
