// Every provider, registered once. A new provider is one file in this folder plus one line here.
import type { Provider } from '../src/resolve/define.js';
import github from './github.js';
import railway from './railway.js';
import aws from './aws.js';
import gcp from './gcp.js';
import postgres from './postgres.js';
import mysql from './mysql.js';
import mongodb from './mongodb.js';
import redis from './redis.js';
import jdbc from './jdbc.js';
import urlCredential from './url-credential.js';
import privateKey from './private-key.js';
import ssh from './ssh.js';
import netrc from './netrc.js';
import gitHttp from './git-http.js';
import dockerRegistry from './docker-registry.js';
import kubernetes from './kubernetes.js';
import generic from './generic.js';
// -- core: more imports here --
// -- saas: imports (begin) --
import stripeProvider from './stripe.js';
import slackProvider from './slack.js';
import gitlabProvider from './gitlab.js';
import vercelProvider from './vercel.js';
import cloudflareProvider from './cloudflare.js';
import supabaseProvider from './supabase.js';
import openaiProvider from './openai.js';
import anthropicProvider from './anthropic.js';
import npmProvider from './npm.js';
import digitaloceanProvider from './digitalocean.js';
import herokuProvider from './heroku.js';
import flyioProvider from './flyio.js';
import netlifyProvider from './netlify.js';
import neonProvider from './neon.js';
import mongodbAtlasProvider from './mongodb-atlas.js';
import twilioProvider from './twilio.js';
import sendgridProvider from './sendgrid.js';
import datadogProvider from './datadog.js';
import huggingfaceProvider from './huggingface.js';
// -- saas: imports (end) --

export const providers: Provider[] = [
  github,
  railway,
  aws,
  gcp,
  postgres,
  mysql,
  mongodb,
  redis,
  jdbc,
  urlCredential,
  privateKey,
  ssh,
  netrc,
  gitHttp,
  dockerRegistry,
  kubernetes,
  generic,
  // -- core: more entries here --
  // -- saas: entries (begin) --
  stripeProvider,
  slackProvider,
  gitlabProvider,
  vercelProvider,
  cloudflareProvider,
  supabaseProvider,
  openaiProvider,
  anthropicProvider,
  npmProvider,
  digitaloceanProvider,
  herokuProvider,
  flyioProvider,
  netlifyProvider,
  neonProvider,
  mongodbAtlasProvider,
  twilioProvider,
  sendgridProvider,
  datadogProvider,
  huggingfaceProvider,
  // -- saas: entries (end) --
];

const byId = new Map(providers.map((p) => [p.id, p]));

export function provider(id: string): Provider | undefined {
  return byId.get(id);
}
