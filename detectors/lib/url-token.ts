// Tokens a provider's HTTP API takes in the URL itself (`?token=…`, `?access_token=…`, `/api/v1/<token>/…`): the
// provider's host names the value, so a value of the documented shape right there is that provider's credential. One
// file per provider declares its host, where the token sits and its shape; randomness is measured (prefixed.ts).
import { type Detector, defineDetector } from '../../src/detect/define.js';
import * as fake from '../../src/detect/fake.js';
import { randomBody } from './prefixed.js';

export interface UrlTokenSpec {
  id: string;
  provider: string;
  tokenKind: string;
  /** The host, a regex source without anchors (`(?:[a-z0-9-]+\\.)?blynk\\.cloud`). */
  host: string;
  /** A host the examples use. */
  exampleHost: string;
  /** Lower-case literals the prefilter needs (the host's distinctive part). */
  keywords: string[];
  /** Where the token sits: a query parameter's name, or `path` with the path before it (`/api/v1/`). */
  at: { param: string } | { path: string; after: string; afterExample: string };
  /** The value's character class (regex source) and length range. */
  value: { cls: string; length: [number, number]; chars: string };
  unconfirmed?: string;
  docs: { url: string; rotate: string };
}

export function defineUrlTokenDetector(s: UrlTokenSpec): Detector {
  const [min, max] = s.value.length;
  const value = `([${s.value.cls}]{${min},${max}})`;
  // The pattern is the value where it sits; the host is checked on the URL it is part of (a bounded look back), so the
  // pattern stays linear-time.
  const where = 'param' in s.at ? `[?&]${s.at.param}=${value}(?![${s.value.cls}])` : `${s.at.path}${value}${s.at.after}`;
  const host = new RegExp(`^(?:https?|coaps?|mqtts?)://${s.host}(?:[:/?]|$)`, 'i');
  const onHost = (input: { text: string; index: number }) => {
    const lead = input.text.slice(Math.max(0, input.index - 300), input.index);
    const at = lead.lastIndexOf('://');
    if (at < 0) return false;
    const start = lead.slice(0, at).search(/[A-Za-z]+$/);
    const url = lead.slice(start < 0 ? at : start);
    return !/[\s"'<>`]/.test(url) && host.test(url);
  };
  const sample = () => fake.from(s.value.chars, Math.round((min + max) / 2));
  const url = (t: string) => ('param' in s.at ? `https://${s.exampleHost}/v1/x?${s.at.param}=${t}` : `https://${s.exampleHost}${s.at.path}${t}${s.at.afterExample}`);
  return defineDetector({
    id: s.id,
    provider: s.provider,
    tokenKind: s.tokenKind,
    keywords: s.keywords,
    pattern: new RegExp(where, 'g'),
    check: (secret, input) => /[0-9]/.test(secret) && /[A-Za-z]/.test(secret) && randomBody(secret, 3) && onHost(input),
    enrich: () => (s.unconfirmed ? { facts: { shape: 'unconfirmed' } } : {}),
    redaction: { kind: 'none' },
    docs: s.docs,
    examples: () => ({
      positive: [
        { text: (t) => `curl "${url(t)}"`, secret: sample(), path: 'device.sh' },
        { text: (t) => `const endpoint = '${url(t)}';`, secret: sample(), path: 'client.js' },
        { text: (t) => `requests.get("${url(t)}", timeout=5)`, secret: sample(), path: 'poll.py' },
      ],
      negative: [
        { text: `curl "${url('YOUR_TOKEN')}"`, why: 'a placeholder' },
        { text: `curl "${url(fake.from(s.value.chars, Math.max(4, min - 6)))}"`, why: 'near miss: too short' },
        { text: `curl "https://example.com/v1/x?${'param' in s.at ? s.at.param : 'token'}=${sample()}"`, why: "not the provider's host" },
      ],
    }),
  });
}
