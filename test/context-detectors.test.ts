// Credentials found by their context: a secret-named name in any syntax (issue 12, item 2) and the
// stores whose structure says whose a credential is (item 3). Every value is built at run time.
import { describe, expect, it } from 'vitest';
import { detectText } from '../src/detect/text.js';
import * as fake from '../src/detect/fake.js';
import type { Finding } from '../src/types.js';

function scanText(path: string, text: string): Finding[] {
  return detectText({ source: { path, origin: 'workspace' }, text });
}

function found(path: string, text: string): Array<[string, string, string]> {
  return scanText(path, text).map((f) => [f.detectorId, f.provider, f.secret]);
}

describe('a random value given to a secret-named name, in every syntax', () => {
  const key = fake.alnum(32);
  const cases: Array<[string, string, string]> = [
    ['dotenv', '.env', `ACME_API_TOKEN=${key}\n`],
    ['shell export', 'deploy.sh', `export ACME_SECRET_KEY='${key}'\n`],
    ['YAML', 'config.yml', `acme:\n  api_token: ${key}\n`],
    ['JSON', 'config.json', `{"acmeToken": "${key}"}`],
    ['TOML', 'config.toml', `[acme]\napi_key = "${key}"\n`],
    ['code', 'client.js', `const acmeSecret = '${key}';\n`],
    ['XML element', 'settings.xml', `<settings><acmeApiKey>${key}</acmeApiKey></settings>`],
    ['XML attribute', 'server.xml', `<server id="acme" password="${key}"/>`],
    ['.NET appSetting', 'web.config', `<appSettings><add key="AcmeApiKey" value="${key}" /></appSettings>`],
    ['MCP args, flag then value', '.mcp.json', `{"mcpServers":{"acme":{"command":"npx","args":["-y","acme-mcp","--api-key","${key}"]}}}`],
    ['MCP args, flag=value', '.mcp.json', `{"mcpServers":{"acme":{"command":"npx","args":["-y","acme-mcp","--access-token=${key}"]}}}`],
    ['shell flag', 'run.sh', `acme-cli deploy --auth-token ${key}\n`],
    ['MCP env object', '.cursor/mcp.json', `{"mcpServers":{"acme":{"command":"acme-mcp","env":{"ACME_ACCESS_TOKEN":"${key}"}}}}`],
    ['MCP headers, API key', '.mcp.json', `{"mcpServers":{"acme":{"url":"https://mcp.acme.dev","headers":{"X-API-Key":"${key}"}}}}`],
    ['MCP headers, bearer', '.mcp.json', `{"mcpServers":{"acme":{"url":"https://mcp.acme.dev","headers":{"Authorization":"Bearer ${key}"}}}}`],
  ];
  it.each(cases)('%s', (_syntax, path, text) => {
    expect(found(path, text)).toEqual([['generic-secret-assignment', 'generic', key]]);
  });
});

describe('the common unnamed secrets', () => {
  // Django's get_random_secret_key() alphabet (django/core/management/utils.py).
  const django = 'django-insecure-' + fake.from('abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)', 50);
  const cases: Array<[string, string, string, string]> = [
    ['SECRET_KEY_BASE', '.env', 'SECRET_KEY_BASE=', fake.hex(128)],
    ['ENCRYPTION_KEY', '.env', 'ENCRYPTION_KEY=', fake.base64(44)],
    ['DJANGO_SECRET_KEY', 'settings.py', "DJANGO_SECRET_KEY = '", django],
    ['DB_PASS', '.env', 'DB_PASS=', fake.password(20)],
    ['SMTP_PASS in YAML', 'mail.yml', 'smtp_pass: ', fake.password(18)],
    ['Laravel APP_KEY', '.env', 'APP_KEY=', `base64:${Buffer.from(fake.from('0123456789abcdef', 64), 'hex').toString('base64')}`],
  ];
  it.each(cases)('%s', (_name, path, before, secret) => {
    const close = before.endsWith("'") ? "'" : '';
    expect(found(path, `${before}${secret}${close}\n`)).toEqual([['generic-secret-assignment', 'generic', secret]]);
  });

  it('keeps values that are not random: words, a path, a call, an APP_KEY of readable text', () => {
    expect(found('.env', 'DB_PASS=correcthorsebatterystaple\n')).toEqual([]);
    expect(found('.env', 'ENCRYPTION_KEY=/run/secrets/encryption_key_file\n')).toEqual([]);
    expect(found('app.py', 'SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY")\n')).toEqual([]);
    expect(found('.env', `APP_KEY=base64:${Buffer.from('this is the laravel app key!!').toString('base64')}\n`)).toEqual([]);
    expect(found('.mcp.json', `{"args":["--sort-key","${fake.alnum(24)}"]}`)).toEqual([]);
    expect(found('.env', `PUSHER_APP_KEY=${fake.lowerAlnum(20)}\n`)).toEqual([]);
  });
});

describe('a provider named by the secret-named name', () => {
  it('is the finding provider when a detector declares it, else generic', () => {
    const key = fake.alnum(40);
    expect(found('.env', `LINEAR_TOKEN=${key}\n`)).toEqual([['generic-secret-assignment', 'linear', key]]);
    expect(found('.env', `NEW_RELIC_ACCESS_KEY=${key}\n`)).toEqual([['generic-secret-assignment', 'new-relic', key]]);
    expect(found('.env', `ACME_TOKEN=${key}\n`)).toEqual([['generic-secret-assignment', 'generic', key]]);
  });
});

describe('the name a finding shows is the one its syntax gives', () => {
  const key = fake.alnum(36) + fake.digits(4);
  const variableOf = (path: string, text: string) => scanText(path, text).map((f) => [f.provider, f.context.variable]);
  it("a Terraform variable's default: the variable's name, not `default`", () => {
    const tf = `variable "cloudflare_api_token" {\n  type      = string\n  sensitive = true\n  default   = "${key}"\n}\n`;
    expect(variableOf('variables.tf', tf)).toEqual([['cloudflare', 'cloudflare_api_token']]);
  });
  it('JSON inside a string literal: the escaped key', () => {
    expect(variableOf('client.js', `const body = "{\\"stripeSecretKey\\":\\"${key}\\"}";\n`)).toEqual([['stripe', 'stripeSecretKey']]);
  });
  it('a plain assignment keeps its variable', () => {
    expect(variableOf('.env', `ACME_API_TOKEN=${key}\n`)).toEqual([['generic', 'ACME_API_TOKEN']]);
  });
});

describe('Neon', () => {
  it('finds a key passed as the positional argument of the Neon MCP server', () => {
    const key = fake.lowerAlnum(64);
    const config = `{"mcpServers":{"neon":{"command":"npx","args":["-y","@neondatabase/mcp-server-neon","start","${key}"]}}}`;
    expect(found('.cursor/mcp.json', config)).toEqual([['neon-api-key', 'neon', key]]);
    expect(found('setup.sh', `npx -y @neondatabase/mcp-server-neon start ${key}\n`)).toEqual([['neon-api-key', 'neon', key]]);
  });
});

describe('attribution by the store a credential sits in', () => {
  it('a .netrc password for api.heroku.com is a Heroku API key', () => {
    const key = fake.uuid();
    const [f, ...rest] = scanText('~/.netrc', `machine api.heroku.com\n  login me@acme-corp.io\n  password ${key}\nmachine git.heroku.com\n  login me@acme-corp.io\n  password ${key}\n`);
    expect([f.detectorId, f.provider, f.tokenKind, f.secret]).toEqual(['heroku-netrc-api-key', 'heroku', 'api-key', key]);
    // The same key for git pushes is the same credential.
    expect(rest.map((r) => r.fingerprint)).toEqual([f.fingerprint]);
    expect(found('~/.netrc', `machine ftp.acme-corp.io login me password ${key}\n`)).toEqual([['netrc-password', 'netrc', key]]);
  });

  it('a GitHub token in a ghcr.io docker auth is the GitHub token, the same one as in .git-credentials', () => {
    const token = fake.github('ghp_');
    const auth = Buffer.from(`octo:${token}`).toString('base64');
    const [docker] = scanText('~/.docker/config.json', `{\n  "auths": {\n    "ghcr.io": {\n      "auth": "${auth}"\n    }\n  }\n}\n`);
    expect([docker.detectorId, docker.provider, docker.tokenKind, docker.secret]).toEqual(['github-container-registry-token', 'github', 'classic-pat', token]);
    expect(docker.redacted).not.toContain(token);
    const [git] = scanText('~/.git-credentials', `https://octo:${token}@github.com\n`);
    expect(git.provider).toBe('github');
    expect(docker.fingerprint).toBe(git.fingerprint);
    // Any other password of the registry stays a registry password.
    const other = Buffer.from(`octo:${fake.alnum(40)}`).toString('base64');
    expect(found('~/.docker/config.json', `{"auths":{"ghcr.io":{"auth":"${other}"}}}`)).toEqual([['docker-config-auth', 'docker-registry', other]]);
  });

  it("reads gh's hosts.yml: github.com's oauth_token is a GitHub token", () => {
    const legacy = fake.hex(40);
    expect(found('~/.config/gh/hosts.yml', `github.com:\n    oauth_token: ${legacy}\n    user: octo\n    git_protocol: https\n`)).toEqual([['gh-hosts-oauth-token', 'github', legacy]]);
    const gho = fake.github('gho_');
    expect(found('~/.config/gh/hosts.yml', `github.com:\n    users:\n        octo:\n            oauth_token: ${gho}\n    user: octo\n`)).toEqual([['github-oauth-token', 'github', gho]]);
  });

  it("reads a gcloud ADC file: the refresh_token is the secret, gcloud's shipped client_secret is not", () => {
    // gcloud's application-default client secret, published in every copy of the SDK, built from parts.
    const shipped = ['d-FL95Q19q7', 'MQmFpd7hHD0Ty'].join('');
    const refresh = `1//0${fake.base64url(99)}`;
    const adc = `{\n  "account": "",\n  "client_id": "764086051850-6qr4p6gpi6hn506pt8ejuq83di341hur.apps.googleusercontent.com",\n  "client_secret": "${shipped}",\n  "quota_project_id": "acme-prod",\n  "refresh_token": "${refresh}",\n  "type": "authorized_user",\n  "universe_domain": "googleapis.com"\n}\n`;
    expect(found('~/.config/gcloud/application_default_credentials.json', adc)).toEqual([['gcp-authorized-user-refresh-token', 'gcp', refresh]]);
    // Another client's secret in the same shape is still reported.
    const own = fake.alnum(24);
    expect(found('client.json', `{"client_secret": "${own}"}`)).toEqual([['generic-secret-assignment', 'generic', own]]);
  });
});

describe('the gcp provider on an ADC refresh token', () => {
  it('says what the token is and how to revoke it, not how to restrict an API key', async () => {
    const { default: gcp } = await import('../scopes/gcp.js');
    const adc = `{"refresh_token": "1//0${fake.base64url(99)}", "type": "authorized_user"}`;
    const [f] = scanText('~/.config/gcloud/application_default_credentials.json', adc);
    const scope = gcp.offline!(f);
    expect(JSON.stringify(scope)).toContain('refresh token');
    expect(gcp.remediation!(f, scope)).toContain('application-default revoke');
  });
});

describe('providers named by their name, in every syntax (detectors/lib/named.ts)', () => {
  const key = fake.hex(32);
  const cases: Array<[string, string, string]> = [
    ['dotenv', '.env', `ALGOLIA_ADMIN_KEY=${key}\n`],
    ['YAML', 'config.yml', `algolia_admin_key: ${key}\n`],
    ['JSON', 'config.json', `{"algoliaApiKey": "${key}"}`],
    ['TOML', 'config.toml', `algolia_api_key = "${key}"\n`],
    ['code', 'client.py', `ALGOLIA_API_KEY = os.environ.get('ALGOLIA_API_KEY', '${key}')\n`],
    ['XML element', 'settings.xml', `<AlgoliaApiKey>${key}</AlgoliaApiKey>`],
    ['.NET appSetting', 'web.config', `<add key="AlgoliaAdminKey" value="${key}" />`],
    ['CLI flag', 'run.sh', `algolia-cli indices list --api-key ${key}\n`],
    ['MCP args', '.mcp.json', `{"mcpServers":{"algolia":{"command":"npx","args":["-y","@algolia/mcp","--api-key","${key}"]}}}`],
    ['MCP env', '.cursor/mcp.json', `{"mcpServers":{"search":{"command":"npx","env":{"ALGOLIA_API_KEY":"${key}"}}}}`],
    ['MCP headers', '.mcp.json', `{"mcpServers":{"a":{"url":"https://x.test","headers":{"X-Algolia-API-Key":"${key}"}}}}`],
  ];
  it.each(cases)('%s', (_syntax, path, text) => {
    expect(found(path, text)).toEqual([['algolia-admin-api-key', 'algolia', key]]);
  });

  it("keeps the provider's ids, public keys and other names' values out", () => {
    expect(found('.env', `ALGOLIA_APP_ID=${key}\n`)).toEqual([]);
    expect(found('.env', `ALGOLIA_SEARCH_KEY=${key}\n`)).toEqual([]);
    // The name of another provider's value on the same line lends it nothing.
    expect(found('c.json', `{"ALGOLIA_INDEX": "products", "OTHER": "${key}"}`)).toEqual([]);
    expect(found('ci.yml', `      - ./node_modules/.bin/codecov -f coverage/out.json -t ${fake.uuid()}\n`)).toEqual([]);
  });
});

describe('documented shapes and documentation samples', () => {
  it('a value under AWS_SECRET_ACCESS_KEY that is not 40 base64 characters is not reported by name', () => {
    expect(found('.env', `AWS_SECRET_ACCESS_KEY=${fake.hex(42)}\n`)).toEqual([]);
    const sk = fake.awsSecret();
    expect(found('.env', `AWS_SECRET_ACCESS_KEY=${sk}\n`)).toEqual([['generic-secret-assignment', 'aws', sk]]);
  });

  it('a name-based guess in a file that marks its values as samples (…EXAMPLE) is not reported', () => {
    const secret = fake.alnum(40);
    expect(found('api.examples.json', `{"clientId": "${fake.alnum(8)}EXAMPLECLIENTID",\n "clientSecret": "${secret}"}`)).toEqual([]);
    expect(found('api.json', `{"clientId": "${fake.alnum(8)}",\n "clientSecret": "${secret}"}`)).toEqual([['generic-secret-assignment', 'generic', secret]]);
  });
});
