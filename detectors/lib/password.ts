// Hard-coded passwords: a value under a password's own name (`password`, `passwd`, `pwd`, `pass`, `DB_PASSWORD`,
// `AdminPassword`) or in the password position of a credential constructor (detectors/dotnet-credential.ts).
// People type passwords: `Rrhh1234`, `super$ecret` and `abuser123456` are weak, yet each opens an account, so the
// bar is not a random draw's. It is the value's own shape, measured: a literal (not an expression, a variable,
// a template or an environment lookup) of 8 or more characters (NIST SP 800-63B §5.1.1.2's floor for a memorized
// secret a person chooses) mixing letters with digits or symbols, or a run of letters that reads as no words. What
// stays out is what stands for a password: a stand-in (src/detect/placeholder.ts), the name said back
// (`Password1`, `mysecret`), a single word (`whiteduke`, `open_sesame`), an e-mail address (anonymous FTP's
// password by convention, RFC 1635), a path or a URL.
import * as fake from '../../src/detect/fake.js';
import { entropy } from '../../src/detect/placeholder.js';
import { looksLikeWords } from './assignment.js';
import { singleCaseWords } from './named.js';

/** Last words of a name that make it a password's: `db_password`, `AdminPassword`, `SMTP_PASS`, `pwd`. */
const PASSWORD_WORDS = new Set(['password', 'passwd', 'pwd', 'pass', 'passphrase']);

/** Whether a name's words (detectors/lib/assignment.ts `nameWords`) end in a password's name. */
export function isPasswordName(words: string[]): boolean {
  return words.length > 0 && PASSWORD_WORDS.has(words[words.length - 1]);
}

// The name said back, or a default account's word, as the whole of the value's letters: `Password1`, `secret123`,
// `admin1234`. Matched against all the letters, never inside other words, so `super$ecret` or `compass` stay values.
const ECHO =
  /^(?:my|your|the|new|old|test|dev|db)?(?:pass|passw(?:or)?d|pwd|secret|changeme|admin|administrator|root|test|user|guest|demo|default|qwerty|letmein|welcome|foo|bar|foobar|example|sample)$/i;

/**
 * The value holds a reference, not characters: `$VAR`, `%VAR%`, `@param`, a Ruby symbol `:password`, `#{ruby}`,
 * `$(cmd)`, a format field `{password}`, an HTML-escaped `<…>`.
 */
function reference(value: string, quoted: boolean): boolean {
  if (/^[$%@:][{(A-Za-z_]|#\{|\$[({]|&lt;|&gt;|\{\{|\{[A-Za-z_]\w*\}/.test(value)) return true;
  // Shell, dotenv and Make expand `$name` in a bare value: `super$ecret` unquoted is `super` and a variable.
  return !quoted && /\$[A-Za-z_{]/.test(value);
}

/**
 * Whether `value`, under a password's name or in a password's position, is a password a person set: see the header.
 * `quoted`: the syntax quoted it. `spaced`: the assignment has spaces around its operator (`password = value`), as
 * in code, where a bare identifier is a variable.
 */
export function typedPassword(value: string, { quoted, spaced }: { quoted: boolean; spaced?: boolean }): boolean {
  if (value.length < 8 || value.length > 128) return false;
  if (reference(value, quoted)) return false;
  // Code: a call, member access, an environment lookup; URLs, paths, ARNs.
  if (!quoted && /[()&]/.test(value)) return false;
  if (/^(?:process\.env|os\.environ|env\.|self\.|this\.|config\.|settings\.|true$|false$|null$|none$|undefined$)/i.test(value)) return false;
  if (/^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/.test(value)) return false;
  // A route's `controller#action` (`sites/passwords#edit`) is a path too.
  if (/:\/\/|^[.~]?\/|^arn:|^[\w.-]+(?:\/[\w.-]+)+\/?(?:#[\w-]*)?$/i.test(value)) return false;
  // A glob over names (`*_API_KEY`, `DB_*`): a pattern in documentation, not a value.
  if (/^\*[\w.-]+$|^[\w.-]+\*$/.test(value)) return false;
  // A list's punctuation first (`,next:` after a label's closing quote): the pattern read past the value it named.
  if (/^[,;:]/.test(value)) return false;
  // In code, a bare camelCase or snake_case identifier is a variable: `password = dbPassword`.
  if (!quoted && spaced && /^[A-Za-z_$][\w$]*$/.test(value) && /[a-z][A-Z]|_/.test(value)) return false;
  // Bare words glued into one identifier (`XmlStringMaxLen256` in `KdcAdminPassword: XmlStringMaxLen256;`) are a
  // type or a variable in any syntax.
  if (!quoted && /^[A-Za-z_$][\w$]*$/.test(value) && looksLikeWords(value)) return false;
  // An e-mail address, or the bare `user@` anonymous FTP sends (RFC 1635).
  if (/^[\w.+-]+@(?:(?:[\w-]+\.)+[A-Za-z]{2,})?$/.test(value)) return false;
  const letters = value.replace(/[^A-Za-z]/g, '');
  const digits = /[0-9]/.test(value);
  // Separators join words (`open_sesame`, `smtp-password`); any other symbol is one a person put in a password.
  const symbols = /[^A-Za-z0-9_.\- ]/.test(value);
  if (!letters) return false;
  if (digits || symbols) {
    // The name said back with a number (`Password123`, `secret_2024`): a stand-in. With a symbol too, typed.
    if (!symbols && ECHO.test(letters)) return false;
    // With no digit, the name's own word inside is a label, a selector or a mask (`Password:`, `#add-password`,
    // `*password*`); with one (`Pass123!@#`), a password someone set.
    if (!digits && /pass|pwd|secret/i.test(letters)) return false;
    // A phrase about the password (`PassWordMustBeAtLeast6Chars.`): words, the name's among them.
    if (/pass|pwd|secret/i.test(letters) && looksLikeWords(value)) return false;
    // A version, a date or a host (`v1.2.3`, `node-18`) carries no symbol and few letters: a password mixes more.
    return symbols || letters.length >= 2;
  }
  // Letters only: a run that reads as no words (`vzihlaquknriqlht`, an app password), never a word or a phrase.
  if (value.length < 12 || /[_.\- ]/.test(value)) return false;
  const mixed = /[a-z]/.test(value) && /[A-Z]/.test(value);
  if (mixed ? looksLikeWords(value) : singleCaseWords(value)) return false;
  return entropy(value) >= 3.2;
}

/**
 * Whether `typedPassword` is false for `value` whatever the syntax around it (quoted or bare, spaced or not): letters
 * and separators only, shorter than 12 or joined by a separator — its letters-only rule, which nothing before it
 * overturns. A detector may settle such a value before it reads the name (`NextToken`, `MaxResults` under
 * `input_token`, most of what a secret's name is given in library code).
 */
export function neverTypedPassword(value: string): boolean {
  return /^[A-Za-z_.-]+$/.test(value) && (value.length < 12 || /[_.-]/.test(value));
}

/**
 * A password as people type them, for examples: a capitalised syllable run and four digits (`Kato4821`), or two
 * lower-case runs around one symbol (`tavor$ekil`). Built from parts at run time, never written down.
 */
export function typedLike(kind: 'digits' | 'symbol'): string {
  const syllable = () => fake.from('bcdfghklmnprstvz', 1) + fake.from('aeiou', 1);
  if (kind === 'digits') {
    const s = syllable() + syllable();
    return s[0].toUpperCase() + s.slice(1) + fake.from('123456789', 4);
  }
  return syllable() + syllable() + fake.from('bcdfghklmnprstvz', 1) + fake.from('$!#%', 1) + syllable() + syllable() + fake.from('bcdfghklmnprstvz', 1);
}
