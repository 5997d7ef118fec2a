// Every provider, registered once, in alphabetical order (test/registries.test.ts checks it). A new provider
// is one file in this folder plus its import and entry here: node scripts/new-provider.mjs NAME does both.
import type { Provider } from '../src/resolve/define.js';
import age from './age.js';
import airtable from './airtable.js';
import anthropic from './anthropic.js';
import atlassian from './atlassian.js';
import aws from './aws.js';
import azure from './azure.js';
import azureDevops from './azure-devops.js';
import azureStorage from './azure-storage.js';
import buildkite from './buildkite.js';
import clerk from './clerk.js';
import cloudflare from './cloudflare.js';
import databricks from './databricks.js';
import datadog from './datadog.js';
import digitalocean from './digitalocean.js';
import discord from './discord.js';
import dockerHub from './docker-hub.js';
import dockerRegistry from './docker-registry.js';
import doppler from './doppler.js';
import figma from './figma.js';
import flyio from './flyio.js';
import gcp from './gcp.js';
import generic from './generic.js';
import gitHttp from './git-http.js';
import github from './github.js';
import gitlab from './gitlab.js';
import grafana from './grafana.js';
import groq from './groq.js';
import heroku from './heroku.js';
import huggingface from './huggingface.js';
import jdbc from './jdbc.js';
import kubernetes from './kubernetes.js';
import langsmith from './langsmith.js';
import linear from './linear.js';
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
import openai from './openai.js';
import openrouter from './openrouter.js';
import pagerduty from './pagerduty.js';
import planetscale from './planetscale.js';
import postgres from './postgres.js';
import postmark from './postmark.js';
import privateKey from './private-key.js';
import pulumi from './pulumi.js';
import pypi from './pypi.js';
import railway from './railway.js';
import redis from './redis.js';
import render from './render.js';
import replicate from './replicate.js';
import resend from './resend.js';
import rubygems from './rubygems.js';
import sendgrid from './sendgrid.js';
import sentry from './sentry.js';
import shopify from './shopify.js';
import slack from './slack.js';
import sourcegraph from './sourcegraph.js';
import square from './square.js';
import ssh from './ssh.js';
import stripe from './stripe.js';
import supabase from './supabase.js';
import tailscale from './tailscale.js';
import telegram from './telegram.js';
import terraformCloud from './terraform-cloud.js';
import turso from './turso.js';
import twilio from './twilio.js';
import urlCredential from './url-credential.js';
import vault from './vault.js';
import vercel from './vercel.js';
import xai from './xai.js';

export const providers: Provider[] = [
  age,
  airtable,
  anthropic,
  atlassian,
  aws,
  azure,
  azureDevops,
  azureStorage,
  buildkite,
  clerk,
  cloudflare,
  databricks,
  datadog,
  digitalocean,
  discord,
  dockerHub,
  dockerRegistry,
  doppler,
  figma,
  flyio,
  gcp,
  generic,
  gitHttp,
  github,
  gitlab,
  grafana,
  groq,
  heroku,
  huggingface,
  jdbc,
  kubernetes,
  langsmith,
  linear,
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
  openai,
  openrouter,
  pagerduty,
  planetscale,
  postgres,
  postmark,
  privateKey,
  pulumi,
  pypi,
  railway,
  redis,
  render,
  replicate,
  resend,
  rubygems,
  sendgrid,
  sentry,
  shopify,
  slack,
  sourcegraph,
  square,
  ssh,
  stripe,
  supabase,
  tailscale,
  telegram,
  terraformCloud,
  turso,
  twilio,
  urlCredential,
  vault,
  vercel,
  xai,
];

const byId = new Map(providers.map((p) => [p.id, p]));

export function provider(id: string): Provider | undefined {
  return byId.get(id);
}
