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

describe('Neon', () => {
  it('finds a key passed as the positional argument of the Neon MCP server', () => {
    const key = fake.lowerAlnum(64);
    const config = `{"mcpServers":{"neon":{"command":"npx","args":["-y","@neondatabase/mcp-server-neon","start","${key}"]}}}`;
    expect(found('.cursor/mcp.json', config)).toEqual([['neon-api-key', 'neon', key]]);
    expect(found('setup.sh', `npx -y @neondatabase/mcp-server-neon start ${key}\n`)).toEqual([['neon-api-key', 'neon', key]]);
  });
});
