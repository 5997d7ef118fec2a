// Shared checks for credentials without a prefix of their own: such a value is only a credential where a
// provider-named variable (or the provider's own config file) holds it. The pattern matches the value's
// shape alone and `check` asks for the context, so each pattern stays small and linear-time.
import { type MatchInput, perText } from '../../src/detect/define.js';
import { entropy } from '../../src/detect/placeholder.js';

/** True when the variable the value is assigned to exists and matches every one of `res`. */
export function variableIs(input: MatchInput, ...res: RegExp[]): boolean {
  const v = input.variable ?? '';
  return v !== '' && res.every((r) => r.test(v));
}

/** True when `re` occurs in the `span` characters before the value. */
export function before(input: MatchInput, re: RegExp, span = 400): boolean {
  return re.test(input.text.slice(Math.max(0, input.index - span), input.index));
}

/** An entropy floor in bits per character, so an identifier or a word is not taken for a key. */
export function random(secret: string, bits: number): boolean {
  return entropy(secret) >= bits;
}

/** The first capture of `re` anywhere in `text`, for companion values (an account id, an email): once per text, however many matches ask. */
export function companion(text: string, re: RegExp): string | undefined {
  return perText(text, re, () => re.exec(text)?.[1]);
}

/** Whether `re` occurs anywhere in `text` (a file-type marker such as `"type": "service_account"`): once per text. */
export function textHas(text: string, re: RegExp): boolean {
  return perText(text, re, () => re.test(text));
}
