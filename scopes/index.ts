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
  // -- saas: entries (end) --
];

const byId = new Map(providers.map((p) => [p.id, p]));

export function provider(id: string): Provider | undefined {
  return byId.get(id);
}
