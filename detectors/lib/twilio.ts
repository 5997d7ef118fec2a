// Shared pieces of the Twilio detectors: a secret counts as Twilio's where its variable or the text just
// before it names Twilio (the SDKs read TWILIO_AUTH_TOKEN, TWILIO_API_KEY + TWILIO_API_SECRET), and the
// Account SID (AC + 32 hex) and API key SID (SK + 32 hex) that authenticate with it are kept for the resolver
// (https://www.twilio.com/docs/iam/api-keys; trufflehog pkg/detectors/twilio, twilioapikey).
import type { Enriched, MatchInput } from '../../src/detect/define.js';
import { before, companion, variableIs } from './context.js';

export function twilioContext(input: MatchInput): boolean {
  return variableIs(input, /twilio/i) || before(input, /twilio/i, 400) || /twilio/i.test(input.path);
}

const ACCOUNT_SID = /\b(AC[0-9a-f]{32})\b/;
const KEY_SID = /\b(SK[0-9a-fA-F]{32})\b/;
export function twilioCompanions(text: string): Enriched {
  const parts: Record<string, string> = {};
  const accountSid = companion(text, ACCOUNT_SID);
  const keySid = companion(text, KEY_SID);
  if (accountSid) parts.accountSid = accountSid;
  if (keySid) parts.keySid = keySid;
  return { parts };
}
