// Every provider, registered once, in alphabetical order (test/registries.test.ts checks it). A new provider
// is one file in this folder plus its import and entry here: node scripts/new-provider.mjs NAME does both.
import type { Provider } from '../src/resolve/define.js';
import adafruitIo from './adafruit-io.js';
import age from './age.js';
import airtable from './airtable.js';
import anthropic from './anthropic.js';
import atlassian from './atlassian.js';
import aws from './aws.js';
import axiom from './axiom.js';
import azure from './azure.js';
import azureDevops from './azure-devops.js';
import azureStorage from './azure-storage.js';
import brevo from './brevo.js';
import browserbase from './browserbase.js';
import buildkite from './buildkite.js';
import cerebras from './cerebras.js';
import checkly from './checkly.js';
import clerk from './clerk.js';
import clickup from './clickup.js';
import cloudflare from './cloudflare.js';
import cockroachdbCloud from './cockroachdb-cloud.js';
import cratesIo from './crates-io.js';
import databricks from './databricks.js';
import datadog from './datadog.js';
import denoDeploy from './deno-deploy.js';
import dependencyTrack from './dependency-track.js';
import digitalocean from './digitalocean.js';
import discord from './discord.js';
import dockerHub from './docker-hub.js';
import dockerRegistry from './docker-registry.js';
import doppler from './doppler.js';
import duffel from './duffel.js';
import dynatrace from './dynatrace.js';
import e2b from './e2b.js';
import easypost from './easypost.js';
import figma from './figma.js';
import firecrawl from './firecrawl.js';
import flutterwave from './flutterwave.js';
import flyio from './flyio.js';
import frameio from './frameio.js';
import gcp from './gcp.js';
import generic from './generic.js';
import gitHttp from './git-http.js';
import github from './github.js';
import gitlab from './gitlab.js';
import googleChat from './google-chat.js';
import googleOauth from './google-oauth.js';
import grafana from './grafana.js';
import groq from './groq.js';
import harness from './harness.js';
import heroku from './heroku.js';
import hubspot from './hubspot.js';
import huggingface from './huggingface.js';
import ifttt from './ifttt.js';
import jdbc from './jdbc.js';
import jfrog from './jfrog.js';
import jina from './jina.js';
import kongKonnect from './kong-konnect.js';
import kubernetes from './kubernetes.js';
import langfuse from './langfuse.js';
import langsmith from './langsmith.js';
import linear from './linear.js';
import make from './make.js';
import mapbox from './mapbox.js';
import microsoftTeams from './microsoft-teams.js';
import mongodb from './mongodb.js';
import mongodbAtlas from './mongodb-atlas.js';
import mysql from './mysql.js';
import neon from './neon.js';
import netlify from './netlify.js';
import netrc from './netrc.js';
import newRelic from './new-relic.js';
import notion from './notion.js';
import npm from './npm.js';
import nuget from './nuget.js';
import octopusDeploy from './octopus-deploy.js';
import onepassword from './onepassword.js';
import openai from './openai.js';
import openrouter from './openrouter.js';
import openvpn from './openvpn.js';
import pagerduty from './pagerduty.js';
import perplexity from './perplexity.js';
import pinecone from './pinecone.js';
import planetscale from './planetscale.js';
import postgres from './postgres.js';
import posthog from './posthog.js';
import postman from './postman.js';
import postmark from './postmark.js';
import prefect from './prefect.js';
import privateKey from './private-key.js';
import pulumi from './pulumi.js';
import pypi from './pypi.js';
import railway from './railway.js';
import readme from './readme.js';
import redis from './redis.js';
import render from './render.js';
import replicate from './replicate.js';
import resend from './resend.js';
import rubygems from './rubygems.js';
import sendgrid from './sendgrid.js';
import sentry from './sentry.js';
import shippo from './shippo.js';
import shopify from './shopify.js';
import slack from './slack.js';
import sonarqube from './sonarqube.js';
import sourcegraph from './sourcegraph.js';
import square from './square.js';
import ssh from './ssh.js';
import stripe from './stripe.js';
import stytch from './stytch.js';
import supabase from './supabase.js';
import tailscale from './tailscale.js';
import tavily from './tavily.js';
import telegram from './telegram.js';
import terraformCloud from './terraform-cloud.js';
import tines from './tines.js';
import turso from './turso.js';
import twilio from './twilio.js';
import typeform from './typeform.js';
import urlCredential from './url-credential.js';
import vault from './vault.js';
import vercel from './vercel.js';
import webhookSigning from './webhook-signing.js';
import wireguard from './wireguard.js';
import xai from './xai.js';
import xata from './xata.js';
import zapier from './zapier.js';

export const providers: Provider[] = [
  adafruitIo,
  age,
  airtable,
  anthropic,
  atlassian,
  aws,
  axiom,
  azure,
  azureDevops,
  azureStorage,
  brevo,
  browserbase,
  buildkite,
  cerebras,
  checkly,
  clerk,
  clickup,
  cloudflare,
  cockroachdbCloud,
  cratesIo,
  databricks,
  datadog,
  denoDeploy,
  dependencyTrack,
  digitalocean,
  discord,
  dockerHub,
  dockerRegistry,
  doppler,
  duffel,
  dynatrace,
  e2b,
  easypost,
  figma,
  firecrawl,
  flutterwave,
  flyio,
  frameio,
  gcp,
  generic,
  gitHttp,
  github,
  gitlab,
  googleChat,
  googleOauth,
  grafana,
  groq,
  harness,
  heroku,
  hubspot,
  huggingface,
  ifttt,
  jdbc,
  jfrog,
  jina,
  kongKonnect,
  kubernetes,
  langfuse,
  langsmith,
  linear,
  make,
  mapbox,
  microsoftTeams,
  mongodb,
  mongodbAtlas,
  mysql,
  neon,
  netlify,
  netrc,
  newRelic,
  notion,
  npm,
  nuget,
  octopusDeploy,
  onepassword,
  openai,
  openrouter,
  openvpn,
  pagerduty,
  perplexity,
  pinecone,
  planetscale,
  postgres,
  posthog,
  postman,
  postmark,
  prefect,
  privateKey,
  pulumi,
  pypi,
  railway,
  readme,
  redis,
  render,
  replicate,
  resend,
  rubygems,
  sendgrid,
  sentry,
  shippo,
  shopify,
  slack,
  sonarqube,
  sourcegraph,
  square,
  ssh,
  stripe,
  stytch,
  supabase,
  tailscale,
  tavily,
  telegram,
  terraformCloud,
  tines,
  turso,
  twilio,
  typeform,
  urlCredential,
  vault,
  vercel,
  webhookSigning,
  wireguard,
  xai,
  xata,
  zapier,
];

const byId = new Map(providers.map((p) => [p.id, p]));

export function provider(id: string): Provider | undefined {
  return byId.get(id);
}
