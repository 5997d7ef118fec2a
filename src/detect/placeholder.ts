// One placeholder test shared by every detector: values that stand for a secret without being one.

const TEMPLATE = [
  /\$\{\{.*\}\}/, // GitHub Actions expression: ${{ secrets.X }}
  /\$\{[A-Za-z_][A-Za-z0-9_:-]*\}/, // shell / compose interpolation: ${VAR}
  /\$\{[A-Za-z_$][\w$]*(?:\??\.[A-Za-z_$][\w$]*|\[[^\]\n]*\]|\([^()\n]*\))+\}/, // JS / TS template: ${process.env.DB_PASSWORD}, ${cfg['pw']}, ${make(20)}
  /\$\{[A-Za-z_][A-Za-z0-9_]*:?[-=?+][^}\n]*\}/, // shell default: ${DB_PASSWORD:-dev}
  /^\$[A-Za-z_][A-Za-z0-9_]*$/, // a bare $VAR
  /\{\{[^}]*\}\}/, // mustache / helm / jinja
  /<[^<>\s]{1,60}>/, // <your-token>
  /%\([A-Za-z_]+\)s/, // python %(name)s
  /^%[A-Z_]+%$/, // windows %VAR%
];

// Providers' documented example keys carry one of these words too (AWS's end in `EXAMPLE`:
// https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html), so no provider's list lives here.
const WORDS =
  /(?:example|placeholder|changeme|change_me|your[_-]?(?:token|key|secret|password|api)|redacted|dummy|sample|insert[_-]?here|replace[_-]?me|todo|fixme|not[_-]?a[_-]?real|fake[_-]?(?:key|token|secret)|xxxx|\*\*\*\*|\.\.\.|•|…)/i;

/** True when `value` is a stand-in (`${{ secrets.X }}`, `${VAR}`, `<your-token>`, `xxxx…`, documented example keys…). */
export function isPlaceholder(value: string): boolean {
  if (TEMPLATE.some((r) => r.test(value))) return true;
  if (WORDS.test(value)) return true;
  return lowVariety(value);
}

/** A run like `aaaaaaaa`, `0000-0000` or `abcabcabc`: too few distinct characters for its length. */
function lowVariety(value: string): boolean {
  const core = value.replace(/^[a-z]+[_-]/i, '').replace(/[-_.]/g, '');
  if (core.length < 8) return false;
  const distinct = new Set(core).size;
  if (distinct <= 2) return true;
  if (/^(.{1,4})\1{3,}$/.test(core)) return true;
  if (/0123456789|123456789|abcdefghij/i.test(core)) return true;
  return false;
}

/** Shannon entropy in bits per character. */
export function entropy(value: string): number {
  const counts = new Map<string, number>();
  for (const c of value) counts.set(c, (counts.get(c) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / value.length;
    h -= p * Math.log2(p);
  }
  return h;
}
