import { describe, expect, it } from 'vitest';
import { combineEnvironment, fileEnvironment, hostEnvironment } from '../src/context/environment.js';

describe('file environment', () => {
  it.each([
    ['.env.production', 'production'],
    ['.env.staging', 'staging'],
    ['.env', 'unknown'],
    ['.env.local', 'development'],
    ['config/staging.yml', 'staging'],
    ['k8s/overlays/prod/secret.yaml', 'production'],
    ['terraform/envs/dev/terraform.tfvars', 'development'],
    ['deploy/app.prod.json', 'production'],
    ['envs/prod/.env.staging', 'staging'],
    ['scripts/old/backfill-helpers.sh', 'unknown'],
    ['apps/web/.env.preview', 'preview'],
  ])('%s → %s', (path, env) => expect(fileEnvironment(path)).toBe(env));
});

describe('host environment', () => {
  it.each([
    ['db.prod.example.com', 'production'],
    ['redis-staging.internal', 'staging'],
    ['localhost', 'development'],
    ['db.example.com', undefined],
  ])('%s → %s', (host, env) => expect(hostEnvironment(host)).toBe(env));
});

describe('declared environment', () => {
  it('the file name wins over the declared environment', () => expect(combineEnvironment('production', 'staging')).toBe('production'));
  it('the declared one applies when the file names none', () => expect(combineEnvironment('unknown', 'Staging')).toBe('staging'));
  it('otherwise unknown', () => expect(combineEnvironment('unknown')).toBe('unknown'));
});
