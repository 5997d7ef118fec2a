// Shared pieces of the Datadog detectors: keys are bound to one site (US1, US3, US5, EU, AP1, AP2, gov), which
// configs name in DD_SITE / DATADOG_SITE or the agent's `site:` (https://docs.datadoghq.com/getting_started/site/;
// trufflehog pkg/detectors/datadogtoken datadogURLPat), and an application key is only usable with an API key
// beside it (https://docs.datadoghq.com/api/latest/authentication/): both are kept for the resolver.
import type { Enriched } from '../../src/detect/define.js';
import { companion } from './context.js';

const SITE = /(?:dd_site|datadog_site|\bsite)["']?[ \t]{0,3}[:=][ \t]{0,3}["']?((?:us3\.|us5\.|ap1\.|ap2\.)?datadoghq\.(?:com|eu)|ddog-gov\.com)\b/i;
const API_KEY = /(?:dd|datadog)[_-]?api[_-]?key["']?[ \t]{0,3}[:=][ \t]{0,3}["']?([a-f0-9]{32})\b/i;

export function datadogSite(text: string): Enriched {
  const site = companion(text, SITE);
  return site ? { facts: { site: site.toLowerCase() } } : {}; // a host name: printable
}

export function datadogCompanions(text: string): Enriched {
  const apiKey = companion(text, API_KEY);
  return { ...datadogSite(text), ...(apiKey ? { parts: { apiKey } } : {}) };
}
