// GitLab's token prefixes, one per token type (https://docs.gitlab.com/security/tokens/#token-prefixes). Since
// GitLab 17.x new tokens may be "routable": a longer base64url body, then a dot and a short checksum tail
// (`.01` + 7 or `.01.` + 9 lower-case alphanumerics; grammar UNCONFIRMED, see gitlab-pat.ts). The legacy
// body is 20 characters; bodies up to 64 are accepted, and the tail when present. As in gitlab-pat.ts, the
// regex takes the fixed start and `extend` the rest (a bounded class followed by an optional tail made the
// linear-time proof intractable), and `check` holds the whole token to the shape.
import * as fake from '../../src/detect/fake.js';

/** The fixed start: the prefix and the 20 characters every body has. */
export const gitlabPattern = (prefix: string): RegExp => new RegExp(`\\b(${prefix}[A-Za-z0-9_-]{20})`, 'g');

/** Extends a match over the rest of the token (base64url and dots), leaving a sentence's full stop out. */
export function gitlabExtend(text: string, end: number): number {
  let i = end;
  while (i < text.length && i - end < 80 && /[A-Za-z0-9_.-]/.test(text[i])) i++;
  while (text[i - 1] === '.') i--;
  return i;
}

/** True when `secret` is `<prefix><20–64 base64url>` with an optional routable tail. */
export function gitlabShape(prefix: string): (secret: string) => boolean {
  const re = new RegExp(`^${prefix}[A-Za-z0-9_-]{20,64}(?:\\.[0-9a-z]{2}\\.?[0-9a-z]{7,9})?$`);
  return (secret) => re.test(secret);
}

/** A legacy token and a routable one, built by the seeded generator. */
export const legacy = (prefix: string) => prefix + fake.base64url(20);
export const routable = (prefix: string) => `${prefix}${fake.base64url(46)}.01${fake.lowerAlnum(7)}`;
